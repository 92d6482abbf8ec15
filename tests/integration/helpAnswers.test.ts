/**
 * Issue 14, help that gets answered: a pair asks, the leader acknowledges
 * ("On my way" reaches both partners and the dashboard) and clears it, the
 * pair can withdraw it; the answer is the server's own write into the
 * pair's document, so a partner who forges one is refused and nothing of it
 * is stored or relayed.
 */
import { describe, expect, it } from 'vitest';
import { rootMap, setHelp, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { leaderActionPath } from '../../shared/protocol/leaderActions.js';
import { readStoredPlan } from '../../server/workshops/readPlan.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const ctx = serverWithPartners();

const answer = (w: CreatedWorkshop, body: unknown) =>
  request(`${ctx.server.url}${leaderActionPath(w.id, 'help')}`, { body, headers: { authorization: `Bearer ${w.facilitatorKey}` } });

describe('POST /api/workshops/:id/help', () => {
  it('acknowledges a request on both partners\' screens and the dashboard, then clears it', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Help', pairs: 2 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    const ben = await ctx.join(w.joinCode, 'Ben', 1);
    const dashboard = openDashboard(ctx.server.url, w.id, w.facilitatorKey);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(() => expect(dashboard.latest.get(1)?.help).toBe(true));
    const asked = toSnapshot(ana.doc).help!;

    const acked = await answer(w, { pair: 1, answer: 'acknowledge' });
    expect(acked.status).toBe(200);
    expect(acked.body.help).toMatchObject({ on: true, by: ana.actor.id, at: asked.at, ackAt: expect.any(Number) });
    for (const partner of [ana, ben]) await eventually(() => expect(toSnapshot(partner.doc).help?.ackAt).toBe(acked.body.help.ackAt));
    await eventually(() => expect(dashboard.latest.get(1)?.plan.help?.ackAt).toBe(acked.body.help.ackAt));
    // Acknowledging again keeps the first time.
    expect((await answer(w, { pair: 1, answer: 'acknowledge' })).body.help.ackAt).toBe(acked.body.help.ackAt);

    const cleared = await answer(w, { pair: 1, answer: 'clear' });
    expect(cleared.body.help).toMatchObject({ on: false });
    expect(cleared.body.help.ackAt).toBeUndefined();
    for (const partner of [ana, ben]) await eventually(() => expect(toSnapshot(partner.doc).help?.on).toBe(false));
    await eventually(() => expect(dashboard.latest.get(1)?.help).toBe(false));
    dashboard.ws.close();
  });

  it('is stored: a reload of the room reads the acknowledgement', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Help stored', pairs: 1 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(async () => expect((await answer(w, { pair: 1, answer: 'acknowledge' })).body.help?.ackAt).toBeTypeOf('number'));
    ana.destroy();
    const again = await ctx.join(w.joinCode, 'Ana', 1);
    expect(toSnapshot(again.doc).help?.ackAt).toBeTypeOf('number');
  });

  it('answers while the plans are locked (the lock stops partners, not the leader)', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Help locked', pairs: 1 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(async () => expect((await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } })).body.summaries[0].help).toBe(true));
    await request(`${ctx.server.url}${leaderActionPath(w.id, 'lock')}`, { body: {}, headers: { authorization: `Bearer ${w.facilitatorKey}` } });
    expect((await answer(w, { pair: 1, answer: 'acknowledge' })).body.help.ackAt).toBeTypeOf('number');
    await eventually(() => expect(toSnapshot(ana.doc).help?.ackAt).toBeTypeOf('number'));
  });

  it('is gone when the pair withdraws the request, and a new request starts unanswered', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Withdraw', pairs: 1 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(async () => expect((await answer(w, { pair: 1, answer: 'acknowledge' })).body.help?.ackAt).toBeTypeOf('number'));
    await eventually(() => expect(toSnapshot(ana.doc).help?.ackAt).toBeTypeOf('number'));
    setHelp(ana.doc, false, ana.actor, Date.now());
    expect(toSnapshot(ana.doc).help).toMatchObject({ on: false });
    expect(toSnapshot(ana.doc).help?.ackAt).toBeUndefined();
    setHelp(ana.doc, true, ana.actor, Date.now() + 1);
    const ben = await ctx.join(w.joinCode, 'Ben', 1);
    await eventually(() => expect(toSnapshot(ben.doc).help).toMatchObject({ on: true }));
    expect(toSnapshot(ben.doc).help?.ackAt).toBeUndefined();
  });

  it('answers null for a pair that never asked and writes nothing; 400 for a pair that does not exist', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'No request', pairs: 2 });
    const res = await answer(w, { pair: 2, answer: 'acknowledge' });
    expect(res.status).toBe(200);
    expect(res.body.help).toBeNull();
    // Loading the room stores its schema version once; answering again stores nothing more.
    const stored = (await ctx.server.app.ctx.store.loadUpdates(`${w.id}/2`)).length;
    expect((await answer(w, { pair: 2, answer: 'clear' })).body.help).toBeNull();
    expect(await ctx.server.app.ctx.store.loadUpdates(`${w.id}/2`)).toHaveLength(stored);
    const missing = await answer(w, { pair: 3, answer: 'clear' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/pair 3/);
  });
});

describe('a hostile partner', () => {
  it('cannot forge "On my way": the update is refused (4422), nothing stored or relayed, the next room syncs on', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Forge', pairs: 2 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    const ben = await ctx.join(w.joinCode, 'Ben', 1);
    const cy = await ctx.join(w.joinCode, 'Cy', 2);
    const dee = await ctx.join(w.joinCode, 'Dee', 2);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(() => expect(toSnapshot(ben.doc).help?.on).toBe(true));
    const stored = (await ctx.server.app.ctx.store.loadUpdates(`${w.id}/1`)).length;
    // Ben rewrites the flag as his own request, acknowledged.
    ben.doc.transact(() => rootMap(ben.doc, 'flags').set('help', { on: true, by: ben.actor.id, name: ben.actor.name, at: Date.now(), ackAt: Date.now() }));
    await eventually(() => expect(ben.closes.map((c) => c.code)).toContain(CLOSE_CODES.INVALID_UPDATE));
    expect(ben.closes[0].reason).toMatch(/only the leader can acknowledge/);
    expect(await ctx.server.app.ctx.store.loadUpdates(`${w.id}/1`)).toHaveLength(stored);
    // Ana never sees it; her room goes on.
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(async () => expect(await ctx.server.app.ctx.store.loadUpdates(`${w.id}/1`)).toHaveLength(stored + 1));
    expect(toSnapshot(ana.doc).help?.ackAt).toBeUndefined();
    const summary = (await request(`${ctx.server.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } })).body.summaries[0];
    expect(summary.plan.help.ackAt).toBeUndefined();
    setPick(cy.doc, 'create-awareness-2', cy.actor, Date.now());
    await eventually(() => expect(toSnapshot(dee.doc).picks['create-awareness-2']).toBeDefined());
  });

  it('cannot answer with its session cookie: the leader route wants the key', async () => {
    const w = await createWorkshop(ctx.server.url, { title: 'Cookie', pairs: 1 });
    const ana = await ctx.join(w.joinCode, 'Ana', 1);
    setHelp(ana.doc, true, ana.actor, Date.now());
    await eventually(async () => expect((await readStoredPlan(ctx.server.app.ctx.store, `${w.id}/1`)).plan.help?.on).toBe(true));
    const stored = (await ctx.server.app.ctx.store.loadUpdates(`${w.id}/1`)).length;
    const res = await request(`${ctx.server.url}${leaderActionPath(w.id, 'help')}`, { body: { pair: 1, answer: 'acknowledge' }, headers: { cookie: ana.cookie } });
    expect(res.status).toBe(401);
    expect(await ctx.server.app.ctx.store.loadUpdates(`${w.id}/1`)).toHaveLength(stored);
    expect((await readStoredPlan(ctx.server.app.ctx.store, `${w.id}/1`)).plan.help?.ackAt).toBeUndefined();
  });
});
