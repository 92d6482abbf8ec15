/**
 * Rate limits per client IP per minute (issue "Airtight", finding 7): join
 * code look-ups, the leader's routes and the exports answer 429 with a
 * message past their limit, and each limit is the configured one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request, type CreatedWorkshop } from '../utils/api.js';

const TOO_MANY = 'Too many requests; wait a minute and try again.';
let server: TestServer;
let w: CreatedWorkshop;
beforeAll(async () => {
  server = await createTestServer({ RATE_LIMIT_JOIN_LOOKUP: '3', RATE_LIMIT_LEADER: '4', RATE_LIMIT_EXPORT: '2' });
  w = await createWorkshop(server.url, { title: 'Limits', pairs: 2 });
});
afterAll(async () => {
  await server.close();
});

/** The statuses of `n` requests made one after another. */
async function statuses(n: number, make: () => Promise<{ status: number; body: unknown }>): Promise<{ codes: number[]; last: unknown }> {
  const codes: number[] = [];
  let last: unknown;
  for (let i = 0; i < n; i++) {
    const res = await make();
    codes.push(res.status);
    last = res.body;
  }
  return { codes, last };
}

describe('rate limits', () => {
  it('GET /api/join/:code answers 429 after RATE_LIMIT_JOIN_LOOKUP look-ups, right or wrong', async () => {
    let i = 0;
    const { codes, last } = await statuses(5, () => request(`${server.url}/api/join/${i++ % 2 === 0 ? w.joinCode : 'ZZZZZZ'}`));
    expect(codes).toEqual([200, 404, 200, 429, 429]);
    expect(last).toEqual({ error: TOO_MANY });
  });

  it('the leader routes answer 429 after RATE_LIMIT_LEADER requests, counting wrong keys', async () => {
    const leader = { authorization: `Bearer ${w.facilitatorKey}` };
    const wrong = { authorization: 'Bearer wrong-key-0123456789' };
    const first = await statuses(2, () => request(`${server.url}/api/workshops/${w.id}`, { headers: wrong }));
    expect(first.codes).toEqual([403, 403]);
    const rest = await statuses(3, () => request(`${server.url}/api/workshops/${w.id}/clock`, { body: { action: 'start' }, headers: leader }));
    expect(rest.codes).toEqual([200, 200, 429]);
    expect(rest.last).toEqual({ error: TOO_MANY });
    expect((await request(`${server.url}/api/workshops/${w.id}/lock`, { body: {}, headers: leader })).status).toBe(429);
    expect((await request(`${server.url}/api/workshops/${w.id}/export/zoom-rooms.csv`, { headers: leader })).status).toBe(429);
  });

  it('the exports answer 429 after RATE_LIMIT_EXPORT downloads, the partners’ and the leader’s together', async () => {
    const { cookie } = await joinPair(server.url, w.joinCode, 'Ana', 1);
    expect((await request(`${server.url}/api/workshops/${w.id}/pairs/1/plan.md`, { headers: { cookie } })).status).toBe(200);
    expect((await request(`${server.url}/api/workshops/${w.id}/pairs/1/plan.csv`, { headers: { cookie } })).status).toBe(200);
    const limited = await request(`${server.url}/api/workshops/${w.id}/export/plans.csv`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: TOO_MANY });
    expect(limited.headers.get('ratelimit-policy')).toMatch(/q=2/);
  });

  it('leaves a server with the default test limits alone', async () => {
    const roomy = await createTestServer();
    try {
      const other = await createWorkshop(roomy.url, { title: 'Roomy', pairs: 1 });
      const { codes } = await statuses(20, () => request(`${roomy.url}/api/join/${other.joinCode}`));
      expect(new Set(codes)).toEqual(new Set([200]));
    } finally {
      await roomy.close();
    }
  });
});
