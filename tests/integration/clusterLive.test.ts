/**
 * Issue 14 with two instances sharing Redis and PostgreSQL: the leader's
 * answer to a help request, written on one instance, reaches the partner on
 * the other; a message to pair 2 sent through one instance reaches pair 2 on
 * the other and not pair 1; the automatic lock, scheduled by the instance
 * that ended the clock, locks the rooms on both.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { setHelp, toSnapshot } from '../../shared/doc/planDoc.js';
import { leaderActionPath, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

const act = (base: string, w: CreatedWorkshop, id: LeaderActionId, body: unknown) => request(`${base}${leaderActionPath(w.id, id)}`, { body, headers: { authorization: `Bearer ${w.facilitatorKey}` } });
const roomLive = (p: Partner) => [...p.controls].reverse().find((c) => c.t === 'workshop')?.live;

describe('help, messages and the automatic lock across two instances', () => {
  it('reach the partners on the other instance, and only the pair they are meant for', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const env = { DATABASE_URL: db.url, REDIS_URL };
    const servers: TestServer[] = [await createTestServer(env, { autoLockGraceMs: 300 }), await createTestServer(env, { autoLockGraceMs: 300 })];
    cleanups.push(async () => {
      for (const s of servers) await s.close();
    });
    const [one, two] = servers;
    const w = await createWorkshop(one.url, { title: 'Two instances', pairs: 2, timesUp: { autoLock: true } });
    const ana = await connectPartner(one.url, w.joinCode, 'Ana', 1);
    const cy = await connectPartner(two.url, w.joinCode, 'Cy', 2);
    cleanups.push(async () => {
      ana.destroy();
      cy.destroy();
    });
    await Promise.all([synced(ana), synced(cy)]);

    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(async () => expect((await act(two.url, w, 'help', { pair: 1, answer: 'acknowledge' })).body.help?.ackAt).toBeTypeOf('number'));
    await eventually(() => expect(toSnapshot(ana.doc).help?.ackAt).toBeTypeOf('number'));

    await act(one.url, w, 'broadcast', { message: 'Only pair 2', pair: 2 });
    await eventually(() => expect(roomLive(cy)?.broadcast?.text).toBe('Only pair 2'));
    await act(two.url, w, 'broadcast', { message: 'Everyone' });
    await eventually(() => expect(roomLive(ana)?.broadcast?.text).toBe('Everyone'));
    expect(JSON.stringify(ana.controls)).not.toContain('Only pair 2');

    await act(one.url, w, 'clock', { action: 'end' });
    for (const p of [ana, cy]) await eventually(() => expect(roomLive(p)?.locked).toBe(true));
  }, 30_000);
});
