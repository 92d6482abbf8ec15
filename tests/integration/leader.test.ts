import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import WebSocket from 'ws';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { openDashboard, type DashboardClient } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';

let server: TestServer;
const partners: Partner[] = [];
const dashboards: DashboardClient[] = [];
const connect = async (code: string, name: string, pair: number): Promise<Partner> => {
  const p = await connectPartner(server.url, code, name, pair);
  partners.push(p);
  await synced(p);
  return p;
};
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

beforeAll(async () => {
  server = await createTestServer();
});
afterEach(() => {
  for (const p of partners.splice(0)) p.destroy();
  for (const d of dashboards.splice(0)) d.ws.close();
});
afterAll(async () => {
  await server.close();
});

describe('the leader API', () => {
  it('answers 401 without a key and 403 with a wrong one, leaking nothing', async () => {
    const w = await createWorkshop(server.url);
    const other = await createWorkshop(server.url);
    const routes: [string, unknown][] = [
      [`/api/workshops/${w.id}`, undefined],
      [`/api/workshops/${w.id}/clock`, { action: 'start' }],
      [`/api/workshops/${w.id}/broadcast`, { message: 'hi' }],
      [`/api/workshops/${w.id}/lock`, {}],
      [`/api/workshops/${w.id}/unlock`, {}],
    ];
    for (const [path, body] of routes) {
      const none = await request(`${server.url}${path}`, { body });
      expect(none.status, path).toBe(401);
      const wrong = await request(`${server.url}${path}`, { body, headers: bearer(other.facilitatorKey) });
      expect(wrong.status, path).toBe(403);
      expect(JSON.stringify(wrong.body)).not.toContain(w.joinCode);
    }
  });

  it('returns the workshop with every pair summarised', async () => {
    const w = await createWorkshop(server.url, { title: 'Summaries', pairs: 2 });
    const ana = await connect(w.joinCode, 'Ana', 2);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(async () => {
      const res = await request(`${server.url}/api/workshops/${w.id}`, { headers: bearer(w.facilitatorKey) });
      expect(res.status).toBe(200);
      expect(res.body).not.toHaveProperty('keyHash');
      expect(res.body.summaries.map((s: { n: number; chosenCount: number }) => [s.n, s.chosenCount])).toEqual([[1, 0], [2, 1]]);
      expect(res.body.summaries[1].present).toEqual([{ id: ana.actor.id, name: 'Ana' }]);
    });
  });

  it('runs one clock that every pair room hears', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const res = await request(`${server.url}/api/workshops/${w.id}/clock`, { body: { action: 'start' }, headers: bearer(w.facilitatorKey) });
    expect(res.status).toBe(200);
    expect(res.body.clock.status).toBe('running');
    expect(res.body.clock.endsAt - res.body.serverNow).toBeGreaterThan(19 * 60_000);
    await eventually(() => expect(ana.controls.some((m) => m.t === 'workshop' && m.live.clock.status === 'running')).toBe(true));
    const bad = await request(`${server.url}/api/workshops/${w.id}/clock`, { body: { action: 'add' }, headers: bearer(w.facilitatorKey) });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/minutes is required/);
  });

  it('locks every plan: the server refuses writes (4423) until unlocked', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const ben = await connect(w.joinCode, 'Ben', 1);
    expect((await request(`${server.url}/api/workshops/${w.id}/lock`, { body: {}, headers: bearer(w.facilitatorKey) })).status).toBe(200);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.LOCKED));
    expect(toSnapshot(ben.doc).picks).toEqual({});
    await request(`${server.url}/api/workshops/${w.id}/unlock`, { body: {}, headers: bearer(w.facilitatorKey) });
    setPick(ben.doc, 'create-awareness-2', ben.actor, Date.now());
    await eventually(async () => {
      const res = await request(`${server.url}/api/workshops/${w.id}`, { headers: bearer(w.facilitatorKey) });
      expect(res.body.summaries[0].chosenCount).toBe(1);
    });
  });
});

describe('the dashboard stream', () => {
  it('reflects ticks from several pairs on one stream', async () => {
    const w = await createWorkshop(server.url, { title: 'Live', pairs: 3 });
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    dashboards.push(dash);
    await eventually(() => expect(dash.latest.size).toBe(3));
    const a = await connect(w.joinCode, 'Ana', 1);
    const c = await connect(w.joinCode, 'Cy', 3);
    setPick(a.doc, 'create-awareness-1', a.actor, Date.now());
    setPick(c.doc, 'create-awareness-1', c.actor, Date.now());
    setPick(c.doc, 'share-knowledge-1', c.actor, Date.now());
    await eventually(() => {
      expect(dash.latest.get(1)?.chosenCount).toBe(1);
      expect(dash.latest.get(3)?.chosenCount).toBe(2);
      expect(dash.latest.get(3)?.present.map((p) => p.name)).toEqual(['Cy']);
      expect(dash.latest.get(2)?.state).toBe('not-started');
    });
  });

  it('hears arrivals and departures, not every cursor or colour in a partner’s presence', async () => {
    const w = await createWorkshop(server.url, { title: 'Presence', pairs: 1 });
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    dashboards.push(dash);
    await eventually(() => expect(dash.latest.size).toBe(1));
    const ana = await connect(w.joinCode, 'Ana', 1);
    await eventually(() => expect(dash.latest.get(1)?.present.map((p) => p.name)).toEqual(['Ana']));
    await new Promise((r) => setTimeout(r, 150));
    const framesBefore = dash.messages.filter((m) => m.t === 'pairs').length;
    for (let i = 0; i < 10; i++) {
      ana.provider.awareness.setLocalStateField('cursor', { at: i });
      // A new colour reaches the partner, but the dashboard shows who is here, not in which colour.
      ana.provider.awareness.setLocalStateField('user', { ...ana.provider.awareness.getLocalState()?.user, color: i % 2 ? '#aa0000' : '#00aa00' });
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(dash.messages.filter((m) => m.t === 'pairs').length).toBe(framesBefore);
    const ben = await connect(w.joinCode, 'Ben', 1);
    await eventually(() => expect(dash.latest.get(1)?.present.map((p) => p.name).sort()).toEqual(['Ana', 'Ben']));
    ben.destroy();
    await eventually(() => expect(dash.latest.get(1)?.present.map((p) => p.name)).toEqual(['Ana']));
  });

  it('closes a dashboard with a wrong key (4403) or no key (4401)', async () => {
    const w = await createWorkshop(server.url);
    const wrong = openDashboard(server.url, w.id, 'x'.repeat(43));
    expect((await wrong.closed).code).toBe(CLOSE_CODES.FORBIDDEN);
    expect(wrong.messages).toEqual([]);
    const raw = new WebSocket(`${server.url.replace('http', 'ws')}/ws/dashboard/${w.id}`);
    raw.on('open', () => raw.send('not json'));
    const closed = await new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    expect(closed).toBe(CLOSE_CODES.UNAUTHORIZED);
  });
});
