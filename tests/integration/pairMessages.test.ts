/**
 * Issue 14, messages to one pair: with real sockets, a message to pair 2
 * reaches pair 2's partners and never pairs 1 or 3 (not in any frame they
 * get); each room shows the latest message meant for it; the history is
 * kept with the workshop (bounded), shown to the dashboard and in
 * workshop.json; a stored workshop without these fields still loads.
 */
import { describe, expect, it } from 'vitest';
import { encodeControl } from '../../shared/protocol/control.js';
import { leaderActionPath } from '../../shared/protocol/leaderActions.js';
import { MESSAGE_HISTORY_MAX } from '../../shared/protocol/pairMessages.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import type { Partner } from '../utils/partner.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const ctx = serverWithPartners();

const auth = (w: CreatedWorkshop) => ({ authorization: `Bearer ${w.facilitatorKey}` });
const send = (w: CreatedWorkshop, body: unknown) => request(`${ctx.server.url}${leaderActionPath(w.id, 'broadcast')}`, { body, headers: auth(w) });
/** The message a partner's room shows now (from the last workshop frame). */
const shown = (p: Partner) => [...p.controls].reverse().find((c) => c.t === 'workshop')?.live.broadcast ?? null;
/** Every frame text a partner's socket received, as JSON. */
const everything = (p: Partner) => JSON.stringify(p.controls);

describe('a message to one pair', () => {
  it('reaches that pair only: pair 2 gets it, pairs 1 and 3 never do', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Messages', pairs: 3 });
    const partners = [await ctx.join(w.joinCode, 'Ana', 1), await ctx.join(w.joinCode, 'Ben', 2), await ctx.join(w.joinCode, 'Bea', 2), await ctx.join(w.joinCode, 'Cy', 3)];
    const [ana, ben, bea, cy] = partners;
    const res = await send(w, { message: 'Pair 2: come to the main room', pair: 2 });
    expect(res.status).toBe(200);
    expect(res.body.broadcast).toMatchObject({ text: 'Pair 2: come to the main room', pair: 2, at: expect.any(Number) });
    for (const p of [ben, bea]) await eventually(() => expect(shown(p)).toMatchObject({ text: 'Pair 2: come to the main room', pair: 2 }));
    // A later message to everyone reaches all three pairs, so pairs 1 and 3 have had every frame the first one caused.
    await send(w, { message: 'Two minutes, everyone' });
    for (const p of partners) await eventually(() => expect(shown(p)).toMatchObject({ text: 'Two minutes, everyone' }));
    for (const p of [ana, cy]) expect(everything(p)).not.toContain('come to the main room');
    // The session answer of another pair does not carry it either.
    const session = await request(`${ctx.server.url}/api/workshops/${w.id}/session`, { headers: { cookie: cy.cookie } });
    expect(JSON.stringify(session.body)).not.toContain('come to the main room');
  });

  it('shows each room the latest message for it, and takes it down with an empty one', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Latest', pairs: 2 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    const ben = await ctx.join(w.joinCode, 'Ben', 2);
    await send(w, { message: 'To all' });
    await send(w, { message: 'Just you, pair 1', pair: 1 });
    await eventually(() => expect(shown(ana)?.text).toBe('Just you, pair 1'));
    await eventually(() => expect(shown(ben)?.text).toBe('To all'));
    await send(w, { message: '', pair: 1 });
    await eventually(() => expect(shown(ana)?.text).toBe('To all'));
    await send(w, { message: 'Pair 2 only', pair: 2 });
    await send(w, { message: '' });
    for (const p of [ana, ben]) await eventually(() => expect(shown(p)).toBeNull());
  });

  it('refuses a pair the workshop does not have (400) and changes nothing', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'No pair 4', pairs: 3 });
    const before = (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live;
    for (const pair of [4, 0, 1.5, '2']) expect((await send(w, { message: 'Hello', pair })).status).toBe(400);
    expect((await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live).toEqual(before);
  });
});

describe('a hostile partner', () => {
  it('cannot forge a message: a "workshop" frame sent up the socket reaches nobody and changes nothing; the broadcast route wants the key', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Forged', pairs: 2 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    const ben = await ctx.join(w.joinCode, 'Ben', 1);
    const cy = await ctx.join(w.joinCode, 'Cy', 2);
    const forged = { id: 'x', text: 'FORGED: the workshop is over', at: Date.now() };
    const clock = { status: 'idle' as const, durationMs: 0, endsAt: null, remainingMs: 0 };
    (ana.provider.ws as unknown as { send(data: Uint8Array): void }).send(encodeControl({ t: 'workshop', live: { clock, locked: false, broadcast: forged }, serverNow: Date.now() }));
    const viaHttp = await request(`${ctx.server.url}${leaderActionPath(w.id, 'broadcast')}`, { body: { message: 'FORGED too', pair: 2 }, headers: { cookie: ana.cookie } });
    expect(viaHttp.status).toBe(401);
    // A real message afterwards reaches everyone: by then the forged frame had its chance, and nobody shows it.
    await send(w, { message: 'The real one' });
    for (const p of [ana, ben, cy]) await eventually(() => expect(shown(p)?.text).toBe('The real one'));
    for (const p of [ben, cy]) expect(everything(p)).not.toContain('FORGED');
    const state = (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live;
    expect(JSON.stringify(state)).not.toContain('FORGED');
    expect(ana.closes).toEqual([]);
  });
});

describe('the history of messages', () => {
  it('is kept with the workshop, bounded, on the dashboard and in workshop.json, and survives a restart', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'History', pairs: 2 });
    const dashboard = openDashboard(ctx.server.url, w.id, w.facilitatorKey);
    await send(w, { message: 'Welcome' });
    await send(w, { message: 'Pair 2, check the rules', pair: 2 });
    await send(w, { message: '' });
    await eventually(() => {
      const last = [...dashboard.messages].reverse().find((m) => m.t === 'live' || m.t === 'init');
      expect(last && 'live' in last ? last.live.messages?.map((m) => [m.text, m.pair]) : null).toEqual([
        ['Welcome', undefined],
        ['Pair 2, check the rules', 2],
      ]);
    });
    dashboard.ws.close();
    const file = await request(`${ctx.server.url}/api/workshops/${w.id}/export/workshop.json`, { headers: auth(w) });
    expect(file.body.messages).toEqual([
      { text: 'Welcome', at: expect.any(String) },
      { text: 'Pair 2, check the rules', at: expect.any(String), pair: 2 },
    ]);
    await ctx.server.restart();
    const after = await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) });
    expect(after.body.live.messages).toHaveLength(2);
  });

  it(`keeps the last ${MESSAGE_HISTORY_MAX}`, async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Bounded', pairs: 1 });
    for (let i = 0; i < MESSAGE_HISTORY_MAX + 5; i++) await send(w, { message: `m${i}` });
    const live = (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live;
    expect(live.messages).toHaveLength(MESSAGE_HISTORY_MAX);
    expect(live.messages[0].text).toBe('m5');
    expect(live.broadcast.text).toBe(`m${MESSAGE_HISTORY_MAX + 4}`);
  });

  it('a workshop stored before messages to one pair existed still loads and takes them', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Old', pairs: 2 });
    const store = ctx.server.app.ctx.store;
    const stored = (await store.getWorkshop(w.id))!;
    const { pairMessages: _p, messages: _m, timesUp: _t, autoLockAt: _a, ...old } = stored;
    await store.saveWorkshop({ ...old, broadcast: { id: 'b1', text: 'Old message', at: 1 } });
    await ctx.server.restart();
    const before = await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) });
    expect(before.body.live).toMatchObject({ broadcast: { text: 'Old message' }, messages: [], warningMs: 120_000, autoLock: false });
    expect((await send(w, { message: 'New', pair: 2 })).status).toBe(200);
  });
});

describe('messages sent at once', () => {
  it('are all kept in the history', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'At once', pairs: 3 });
    await Promise.all([1, 2, 3].map((pair) => send(w, { message: `To ${pair}`, pair })));
    const live = (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: auth(w) })).body.live;
    expect(live.messages.map((m: { text: string }) => m.text).sort()).toEqual(['To 1', 'To 2', 'To 3']);
  });
});
