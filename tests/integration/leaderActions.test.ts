/**
 * The leader's actions come from one registry (shared/protocol/leaderActions.ts):
 * each is served, answers what its response schema says, refuses a body its
 * schema refuses with a 400 that changes nothing, and refuses anyone without
 * the workshop's key. A new action without a case here fails this test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEADER_ACTIONS, LEADER_ACTION_IDS, leaderActionPath, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import { createWorkshop, request } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';

/** A body each action accepts, and one it refuses (and the workshop to try them on, when not one plain pair). */
const CASES: { readonly [Id in LeaderActionId]: { readonly good: unknown; readonly bad: unknown; readonly workshop?: Record<string, unknown> } } = {
  clock: { good: { action: 'start' }, bad: { action: 'explode' } },
  broadcast: { good: { message: 'Five minutes left' }, bad: { message: 42 } },
  lock: { good: {}, bad: { locked: false } },
  unlock: { good: {}, bad: { locked: true } },
  rename: { good: { title: 'Afternoon session' }, bad: { title: '   ' } },
  rules: { good: { maxTotal: 12 }, bad: { maxTotal: 0 } },
  'add-pairs': { good: { count: 2 }, bad: { count: 501 } },
  move: {
    good: { name: 'Ana', from: 1, to: 2 },
    bad: { name: 'Ana', from: 1, to: 1 },
    workshop: { roster: [{ name: 'Ana', pair: 1 }, { name: 'Ben', pair: 2 }] },
  },
  help: { good: { pair: 1, answer: 'acknowledge' }, bad: { pair: 1, answer: 'ignore' } },
  timesUp: { good: { warningMinutes: 3, autoLock: true }, bad: { warningMinutes: -1 } },
};

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});

describe.each(LEADER_ACTION_IDS)('the leader action %s', (id) => {
  it('answers as its schema says, refuses a bad body without changing anything, and needs the key', async () => {
    const w = await createWorkshop(server.url, { title: `Action ${id}`, ...(CASES[id].workshop ?? { pairs: 1 }) });
    const url = `${server.url}${leaderActionPath(w.id, id)}`;
    const auth = { authorization: `Bearer ${w.facilitatorKey}` };
    const state = async () => {
      const { body } = await request(`${server.url}/api/workshops/${w.id}`, { headers: auth });
      return { live: body.live, title: body.title, rules: body.rules, pairs: body.pairs };
    };
    const before = await state();
    const bad = await request(url, { body: CASES[id].bad, headers: auth });
    expect(bad.status).toBe(400);
    expect(await state()).toEqual(before);
    expect((await request(url, { body: CASES[id].good })).status).toBe(401);
    const good = await request(url, { body: CASES[id].good, headers: auth });
    expect(good.status).toBe(200);
    expect(LEADER_ACTIONS[id].response.safeParse(good.body).success).toBe(true);
  });
});
