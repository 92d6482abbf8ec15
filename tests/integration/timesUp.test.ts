/**
 * Issue 14, time's up as facilitators run it: the warning's time and the
 * automatic lock are set when the workshop is created and changed while it
 * runs; every pair room gets them; at zero the server locks every plan by
 * itself after a short grace (no dashboard open), +2 at zero cancels that,
 * an unlock after it stays unlocked, and a lock that fell due while the
 * server was down happens on the first read after the restart.
 */
import { describe, expect, it } from 'vitest';
import { setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { leaderActionPath, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import type { Partner } from '../utils/partner.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const GRACE_MS = 400;
const ctx = serverWithPartners({}, { autoLockGraceMs: GRACE_MS });

const auth = (w: CreatedWorkshop) => ({ authorization: `Bearer ${w.facilitatorKey}` });
const act = (w: CreatedWorkshop, id: LeaderActionId, body: unknown) => request(`${ctx.server.url}${leaderActionPath(w.id, id)}`, { body, headers: auth(w) });
const live = async (w: CreatedWorkshop) => (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live;
const roomLive = (p: Partner) => [...p.controls].reverse().find((c) => c.t === 'workshop')?.live;

describe('the time\'s-up settings', () => {
  it('are taken by POST /api/workshops, reach every pair room, and change while the workshop runs', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Settings', pairs: 2, timesUp: { warningMinutes: 5, autoLock: true } });
    expect(await live(w)).toMatchObject({ warningMs: 300_000, autoLock: true, autoLockAt: null });
    const ana = await ctx.join(w.joinCode, 'Ana', 2);
    await eventually(() => expect(roomLive(ana)).toMatchObject({ warningMs: 300_000, autoLock: true }));
    const changed = await act(w, 'timesUp', { warningMinutes: 1 });
    expect(changed.body).toEqual({ timesUp: { warningMinutes: 1, autoLock: true }, autoLockAt: null });
    await eventually(() => expect(roomLive(ana)?.warningMs).toBe(60_000));
    expect((await act(w, 'timesUp', { autoLock: false })).body.timesUp).toEqual({ warningMinutes: 1, autoLock: false });
  });

  it('default to two minutes and no lock; bad values are a 400 that names the field', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Defaults', pairs: 1 });
    expect(await live(w)).toMatchObject({ warningMs: 120_000, autoLock: false });
    const bad = [
      [{ warningMinutes: 31 }, /timesUp.warningMinutes must be at most 30/],
      [{ warningMinutes: -1 }, /timesUp.warningMinutes must be at least 0/],
      [{ autoLock: 'yes' }, /timesUp.autoLock must be true or false/],
      [{ lockAt: 5 }, /lockAt/],
    ] as const;
    for (const [timesUp, error] of bad) {
      const res = await request(`${ctx.server.url}/api/workshops`, { body: { title: 'Bad', pairs: 1, timesUp } });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatch(error);
    }
    expect((await act(w, 'timesUp', {})).status).toBe(400);
    expect(await live(w)).toMatchObject({ warningMs: 120_000, autoLock: false });
  });
});

describe('the automatic lock', () => {
  it('locks every plan a grace after zero with no dashboard open; a partner\'s write is then refused', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Auto', pairs: 2, timesUp: { autoLock: true } });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    await act(w, 'clock', { action: 'start', minutes: 10 });
    const ended = Date.now();
    await act(w, 'clock', { action: 'end' });
    const due = (await live(w)).autoLockAt as number;
    expect(due).toBeGreaterThanOrEqual(ended + GRACE_MS);
    // Before the grace is over the plans are open (the leader's "Need more time?" comes first).
    expect((await live(w)).locked).toBe(false);
    await eventually(() => expect(roomLive(ana)?.locked).toBe(true));
    expect(Date.now()).toBeGreaterThanOrEqual(due);
    expect(await live(w)).toMatchObject({ locked: true, autoLockAt: null });
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.LOCKED));
  });

  it('is cancelled by +2 at zero, and an unlock after it fired stays unlocked', async () => {
    const extended = await createWorkshop(ctx.server.url, { title: 'Extended', pairs: 1, timesUp: { autoLock: true } });
    const unlocked = await createWorkshop(ctx.server.url, { title: 'Unlocked', pairs: 1, timesUp: { autoLock: true } });
    await act(unlocked, 'clock', { action: 'end' });
    await eventually(async () => expect((await live(unlocked)).locked).toBe(true));
    await act(unlocked, 'unlock', {});
    await act(extended, 'clock', { action: 'end' });
    const added = await act(extended, 'clock', { action: 'add', minutes: 2 });
    expect(added.body.clock).toMatchObject({ status: 'running' });
    expect((await live(extended)).autoLockAt).toBe(added.body.clock.endsAt + GRACE_MS);
    // A third workshop ended after both locks would have fired: once it is locked, neither of the others is.
    const control = await createWorkshop(ctx.server.url, { title: 'Control', pairs: 1, timesUp: { autoLock: true } });
    await act(control, 'clock', { action: 'end' });
    await eventually(async () => expect((await live(control)).locked).toBe(true));
    expect((await live(extended)).locked).toBe(false);
    expect((await live(unlocked)).locked).toBe(false);
  });

  it('is cancelled when the leader turns it off during the grace', async () => {
    const off = await createWorkshop(ctx.server.url, { title: 'Off', pairs: 1, timesUp: { autoLock: true } });
    await act(off, 'clock', { action: 'end' });
    expect((await act(off, 'timesUp', { autoLock: false })).body.autoLockAt).toBeNull();
    const control = await createWorkshop(ctx.server.url, { title: 'Control 2', pairs: 1, timesUp: { autoLock: true } });
    await act(control, 'clock', { action: 'end' });
    await eventually(async () => expect((await live(control)).locked).toBe(true));
    expect((await live(off)).locked).toBe(false);
  });

  it('happens on the first read after a restart when it fell due while the server was down', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Restart', pairs: 1, timesUp: { autoLock: true } });
    const store = ctx.server.app.ctx.store;
    const stored = (await store.getWorkshop(w.id))!;
    const past = Date.now() - 60_000;
    await store.saveWorkshop({ ...stored, clock: { status: 'running', durationMs: 60_000, endsAt: past, remainingMs: 60_000 }, autoLockAt: past + GRACE_MS });
    await ctx.server.restart();
    await live(w);
    await eventually(async () => expect((await live(w)).locked).toBe(true));
  });

  it('leaves a workshop without it alone at zero', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Manual', pairs: 1 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    await act(w, 'clock', { action: 'end' });
    expect((await live(w)).autoLockAt).toBeNull();
    const control = await createWorkshop(ctx.server.url, { title: 'Control 3', pairs: 1, timesUp: { autoLock: true } });
    await act(control, 'clock', { action: 'end' });
    await eventually(async () => expect((await live(control)).locked).toBe(true));
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    const ben = await ctx.join(w.joinCode, 'Ben', 1);
    await eventually(() => expect(toSnapshot(ben.doc).picks['create-awareness-1']).toBeDefined());
  });
});
