/**
 * The heartbeat (server/ws/heartbeat.ts): every socket is pinged once per round and must answer
 * before the next. Sockets that answer stay, however many rounds pass
 * (a regression once closed every socket at the first round, so every
 * partner reconnected every 30 s); a socket that stopped answering is cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { connectPartner, synced } from '../utils/partner.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { HEARTBEAT_SLICE } from '../../server/ws/heartbeat.js';

const HEARTBEAT_MS = 100;
let server: TestServer;

beforeAll(async () => {
  server = await createTestServer({}, { heartbeatMs: HEARTBEAT_MS });
});
afterAll(async () => {
  await server.close();
});

describe('the heartbeat', () => {
  it('keeps pair and dashboard sockets that answer pings open, round after round', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connectPartner(server.url, w.joinCode, 'Ana', 1);
    await synced(ana);
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() => expect(dash.messages.some((m) => m.t === 'init')).toBe(true));
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 6));
    expect(ana.closes).toEqual([]);
    expect(ana.provider.wsconnected).toBe(true);
    expect(dash.ws.readyState).toBe(WebSocket.OPEN);
    ana.destroy();
    dash.ws.close();
  });

  it('cuts a socket that stops answering pings', async () => {
    const w = await createWorkshop(server.url);
    const joined = await joinPair(server.url, w.joinCode, 'Ben', 1);
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/pair/${w.id}/1`, { headers: { cookie: joined.cookie }, autoPong: false });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('error', () => undefined);
    await new Promise((r) => ws.once('open', r));
    expect(await closed).toBe(1006);
  });

  it(`pings more sockets than one slice (${HEARTBEAT_SLICE}) holds, and keeps them all`, async () => {
    const w = await createWorkshop(server.url);
    const dashboards = Array.from({ length: HEARTBEAT_SLICE + 20 }, () => openDashboard(server.url, w.id, w.facilitatorKey));
    await eventually(() => expect(dashboards.every((d) => d.messages.some((m) => m.t === 'init'))).toBe(true), 10_000);
    const pings = dashboards.map(() => 0);
    dashboards.forEach((d, i) => d.ws.on('ping', () => pings[i]++));
    await new Promise((r) => setTimeout(r, HEARTBEAT_MS * 4));
    expect(dashboards.every((d) => d.ws.readyState === WebSocket.OPEN)).toBe(true);
    // Every socket, the last slice's too, was pinged round after round.
    expect(Math.min(...pings)).toBeGreaterThanOrEqual(2);
    for (const d of dashboards) d.ws.close();
  });
});
