/**
 * Session changes across instances (issue 14): the leader's action lands on
 * one instance; the pair rooms, the dashboard and the join page served by
 * the other hear it (the relay's 'changed' reloads the workshop there), and
 * a person connected to the other instance is moved with their room.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { leaderActionPath } from '../../shared/protocol/leaderActions.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { connectPartner, connectWithCookie, synced, type Partner } from '../utils/partner.js';
import { openDashboard, type DashboardClient } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let one: TestServer;
let two: TestServer;
const partners: Partner[] = [];
let dashboard: DashboardClient;
let w: CreatedWorkshop;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, REDIS_URL };
  one = await createTestServer(env);
  two = await createTestServer(env);
  w = await createWorkshop(one.url, { title: 'Two instances', roster: [{ name: 'Ana', pair: 1 }, { name: 'Ben', pair: 2 }] });
  partners.push(await connectPartner(two.url, w.joinCode, 'Ana', 1), await connectPartner(one.url, w.joinCode, 'Ben', 2));
  await Promise.all(partners.map(synced));
  dashboard = openDashboard(two.url, w.id, w.facilitatorKey);
  await eventually(() => expect(dashboard.latest.size).toBe(2));
});
afterAll(async () => {
  for (const p of partners) p.destroy();
  dashboard.ws.close();
  await one.close();
  await two.close();
  await db.drop();
});

const post = (id: 'rename' | 'rules' | 'add-pairs' | 'move', body: unknown) =>
  request(`${one.url}${leaderActionPath(w.id, id)}`, { body, headers: { authorization: `Bearer ${w.facilitatorKey}` } });

describe('a change made on one instance', () => {
  it('reaches the pair room, the dashboard and the join page of the other within a second', async () => {
    const ana = partners[0];
    await post('rename', { title: 'Renamed over Redis' });
    await post('rules', { maxTotal: 12 });
    await post('add-pairs', { count: 1 });
    await eventually(() => {
      const live = [...ana.controls].reverse().find((c) => c.t === 'workshop');
      expect(live).toMatchObject({ live: { settings: { title: 'Renamed over Redis', rules: { maxTotal: 12 }, pairCount: 3 } } });
    }, 1_000);
    await eventually(() => expect([...dashboard.latest.keys()]).toEqual([1, 2, 3]), 1_000);
    expect(dashboard.messages.some((m) => m.t === 'live' && m.live.settings?.title === 'Renamed over Redis')).toBe(true);
    const info = (await request(`${two.url}/api/join/${w.joinCode}`)).body;
    expect(info).toMatchObject({ title: 'Renamed over Redis' });
    expect(info.pairs).toHaveLength(3);
  });

  it('moves a person connected to the other instance, and their old session stops working there', async () => {
    const ana = partners[0];
    await post('move', { name: 'Ana', from: 1, to: 3 });
    await eventually(() => expect(ana.controls.find((c) => c.t === 'moved')).toMatchObject({ pair: 3 }), 1_000);
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.MOVED));
    const reused = connectWithCookie(two.url, w.id, 1, ana.cookie, ana.actor);
    partners.push(reused);
    await eventually(() => expect(reused.closes[0]?.code).toBe(CLOSE_CODES.UNAUTHORIZED));
    const moved = ana.controls.find((c) => c.t === 'moved') as { token: string };
    const adopted = await request(`${two.url}/api/workshops/${w.id}/session/adopt`, { body: { token: moved.token } });
    expect(adopted.body.pair).toBe(3);
  });
});
