/**
 * "Leave" revokes the session on the server (issue "Airtight", finding 7):
 * after `POST /api/workshops/:id/leave` the same cookie gets 401 from the API
 * and the pair-room socket closes with 4401, on this instance and on another
 * one sharing Redis and PostgreSQL; the same person's session in a second
 * browser goes on working.
 */
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

/** Opens pair room `pair` with `cookie`: 'open' once the server sends its first frame, else the close code. */
function pairSocket(base: string, workshopId: string, pair: number, cookie: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/pair/${workshopId}/${pair}`, { headers: { cookie } });
    ws.once('message', () => {
      resolve('open');
      ws.close();
    });
    ws.on('close', (code) => resolve(String(code)));
    ws.on('error', () => undefined);
  });
}

const session = (base: string, workshopId: string, cookie: string) => request(`${base}/api/workshops/${workshopId}/session`, { headers: { cookie } });
const leave = (base: string, workshopId: string, cookie: string) => request(`${base}/api/workshops/${workshopId}/leave`, { method: 'POST', headers: { cookie } });

describe('POST /api/workshops/:id/leave', () => {
  it('makes that session token unusable for the API and the pair room; a second browser goes on', async () => {
    const server: TestServer = await createTestServer();
    cleanups.push(() => server.close());
    const w = await createWorkshop(server.url, { title: 'Leave', pairs: 2 });
    const first = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const second = await joinPair(server.url, w.joinCode, 'Ana', 1);
    expect((await session(server.url, w.id, first.cookie)).status).toBe(200);
    expect(await pairSocket(server.url, w.id, 1, first.cookie)).toBe('open');

    const left = await leave(server.url, w.id, first.cookie);
    expect(left.status).toBe(200);
    expect(left.headers.get('set-cookie')).toMatch(new RegExp(`pp_${w.id}=;`));

    // The token itself, presented again (a copied cookie, another tab that kept it), is refused.
    const again = await session(server.url, w.id, first.cookie);
    expect(again.status).toBe(401);
    expect(again.body.error).toBe('Join the workshop first.');
    expect(await pairSocket(server.url, w.id, 1, first.cookie)).toBe(String(CLOSE_CODES.UNAUTHORIZED));
    expect((await request(`${server.url}/api/workshops/${w.id}/pairs/1/plan.md`, { headers: { cookie: first.cookie } })).status).toBe(401);

    // The same person in another browser is another session.
    expect((await session(server.url, w.id, second.cookie)).status).toBe(200);
    expect(await pairSocket(server.url, w.id, 1, second.cookie)).toBe('open');

    // Joining again gives a new session that works; the revoked one stays revoked, through a restart.
    const back = await joinPair(server.url, w.joinCode, 'Ana', 1);
    expect((await session(server.url, w.id, back.cookie)).status).toBe(200);
    await server.restart();
    expect((await session(server.url, w.id, first.cookie)).status).toBe(401);
    expect((await session(server.url, w.id, back.cookie)).status).toBe(200);
  });

  it('closes the sockets still open with a revoked session (another tab) with 4401', async () => {
    const server = await createTestServer();
    cleanups.push(() => server.close());
    const w = await createWorkshop(server.url, { title: 'Leave', pairs: 1 });
    const ana = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const tab = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/pair/${w.id}/1`, { headers: { cookie: ana.cookie } });
    cleanups.push(async () => tab.terminate());
    const closed = new Promise<number>((resolve) => tab.on('close', (code) => resolve(code)));
    await new Promise((resolve) => tab.once('message', resolve));
    expect((await leave(server.url, w.id, ana.cookie)).status).toBe(200);
    expect(await closed).toBe(CLOSE_CODES.UNAUTHORIZED);
  });

  it('answers ok and revokes nothing without a session', async () => {
    const server = await createTestServer();
    cleanups.push(() => server.close());
    const w = await createWorkshop(server.url, { title: 'Leave', pairs: 1 });
    expect((await request(`${server.url}/api/workshops/${w.id}/leave`, { method: 'POST' })).status).toBe(200);
  });

  it('revokes the session on every instance sharing Redis and PostgreSQL', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const env = { DATABASE_URL: db.url, REDIS_URL };
    const one = await createTestServer(env);
    const two = await createTestServer(env);
    cleanups.push(() => one.close(), () => two.close());
    const w = await createWorkshop(one.url, { title: 'Leave everywhere', pairs: 2 });
    const ana = await joinPair(one.url, w.joinCode, 'Ana', 1);
    const ben = await joinPair(two.url, w.joinCode, 'Ben', 1);
    // Instance two has the workshop cached (and no room or dashboard open there).
    expect((await session(two.url, w.id, ana.cookie)).status).toBe(200);

    expect((await leave(one.url, w.id, ana.cookie)).status).toBe(200);
    await eventually(async () => expect((await session(two.url, w.id, ana.cookie)).status).toBe(401));
    expect(await pairSocket(two.url, w.id, 1, ana.cookie)).toBe(String(CLOSE_CODES.UNAUTHORIZED));

    // Two people leaving on two instances at once: both revocations are kept.
    const cy = await joinPair(one.url, w.joinCode, 'Cy', 2);
    const dee = await joinPair(two.url, w.joinCode, 'Dee', 2);
    await Promise.all([leave(one.url, w.id, cy.cookie), leave(two.url, w.id, dee.cookie)]);
    for (const base of [one.url, two.url]) {
      for (const cookie of [ana.cookie, cy.cookie, dee.cookie]) await eventually(async () => expect((await session(base, w.id, cookie)).status).toBe(401));
      expect((await session(base, w.id, ben.cookie)).status).toBe(200);
    }
  });
});
