/**
 * Changing the session while it runs (issue 14), through the real server
 * with real y-websocket partners and a real dashboard stream: a rename, new
 * rules and new pairs reach every open pair room, the dashboard and the join
 * page within a second; a maximum lowered from 14 to 12 keeps a plan's 14
 * ticks (the violation shows, an untick holds, a 15th tick is refused); a
 * moved person's open room is sent a fresh session for the new pair and
 * their old one no longer opens the old pair; a hostile participant can
 * neither move themselves nor reuse or forge a session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removePick, setPick } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { leaderActionPath, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { createWorkshop, joinPair, request, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { connectPartner, connectWithCookie, synced, type Partner } from '../utils/partner.js';

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
/** Within a second, as the issue asks of every screen. */
const SECOND = 1_000;

let server: TestServer;
const partners: Partner[] = [];
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  for (const p of partners) p.destroy();
  await server.close();
});

const post = (w: CreatedWorkshop, id: LeaderActionId, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${w.facilitatorKey}` }) =>
  request(`${server.url}${leaderActionPath(w.id, id)}`, { body, headers });
const joinInfo = async (w: CreatedWorkshop) => (await request(`${server.url}/api/join/${w.joinCode}`)).body;
const stored = async (w: CreatedWorkshop) => (await request(`${server.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } })).body;
const lastLive = (p: Partner) => [...p.controls].reverse().find((c) => c.t === 'workshop');
const track = async (p: Promise<Partner>): Promise<Partner> => {
  const partner = await p;
  partners.push(partner);
  await synced(partner);
  return partner;
};

describe('renaming, new rules and new pairs', () => {
  it('reach the open pair room, the dashboard and the join page within a second', async () => {
    const w = await createWorkshop(server.url, { title: 'Morning', pairs: 2 });
    const ana = await track(connectPartner(server.url, w.joinCode, 'Ana', 1));
    const dashboard = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() => expect(dashboard.latest.size).toBe(2));

    expect((await post(w, 'rename', { title: '  Afternoon   session ' })).body).toEqual({ title: 'Afternoon session' });
    await eventually(() => expect(lastLive(ana)).toMatchObject({ live: { settings: { title: 'Afternoon session' } } }), SECOND);
    await eventually(() => expect(dashboard.messages.at(-1)).toMatchObject({ t: 'live', live: { settings: { title: 'Afternoon session' } } }), SECOND);
    expect((await joinInfo(w)).title).toBe('Afternoon session');

    expect((await post(w, 'rules', { maxTotal: 10, minutes: 30 })).body).toEqual({ rules: { ...ESSENTIAL_LIST_2020_21.rules, maxTotal: 10, minutes: 30 } });
    await eventually(() => expect(lastLive(ana)).toMatchObject({ live: { settings: { rules: { maxTotal: 10, minutes: 30 } }, clock: { durationMs: 30 * 60_000 } } }), SECOND);
    const room = await request(`${server.url}/api/workshops/${w.id}/session`, { headers: { cookie: ana.cookie } });
    expect(room.body.workshop.rules.maxTotal).toBe(10);

    expect((await post(w, 'add-pairs', { count: 3 })).body).toEqual({ pairCount: 5, added: [3, 4, 5] });
    await eventually(() => expect(lastLive(ana)).toMatchObject({ live: { settings: { pairCount: 5 } } }), SECOND);
    await eventually(() => expect([...dashboard.latest.keys()]).toEqual([1, 2, 3, 4, 5]), SECOND);
    expect(dashboard.messages.some((m) => m.t === 'roster' && m.pairs.length === 5)).toBe(true);
    expect((await joinInfo(w)).pairs.map((p: { n: number }) => p.n)).toEqual([1, 2, 3, 4, 5]);
    // A late arrival joins a new pair.
    const late = await track(connectPartner(server.url, w.joinCode, 'Lou', 5));
    expect(late.closes).toEqual([]);
    dashboard.ws.close();
  });

  it("answers a join page's waiting request as soon as pairs are added (the page is current within a second)", async () => {
    const w = await createWorkshop(server.url, { title: 'Waiting', pairs: 1 });
    const shown = await joinInfo(w);
    expect(shown.version).toEqual(expect.any(String));
    let answeredAt = 0;
    const waiting = request(`${server.url}/api/join/${w.joinCode}?after=${shown.version}`).then((res) => {
      answeredAt = Date.now();
      return res;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(answeredAt).toBe(0);
    const changedAt = Date.now();
    await post(w, 'add-pairs', { count: 1 });
    const answer = await waiting;
    expect(answeredAt - changedAt).toBeLessThan(SECOND);
    expect(answer.body.pairs.map((p: { n: number }) => p.n)).toEqual([1, 2]);
    expect(answer.body.version).not.toBe(shown.version);
    // A version that is not the current one answers at once.
    expect((await request(`${server.url}/api/join/${w.joinCode}?after=${shown.version}`)).body.pairs).toHaveLength(2);
  });

  it("does not count a join page's waits against the look-ups, and counts everything else", async () => {
    const limited = await createTestServer({ RATE_LIMIT_JOIN_LOOKUP: '3' });
    try {
      const w = await createWorkshop(limited.url, { title: 'Rush', pairs: 1 });
      const lookUp = (query = '') => request(`${limited.url}/api/join/${w.joinCode}${query}`);
      const shown = (await lookUp()).body;
      // Five open pages wait with the version they show (more than the limit): every one is answered at the change.
      const waits = Array.from({ length: 5 }, () => lookUp(`?after=${shown.version}`));
      await new Promise((r) => setTimeout(r, 100));
      await request(`${limited.url}${leaderActionPath(w.id, 'add-pairs')}`, { body: { count: 1 }, headers: { authorization: `Bearer ${w.facilitatorKey}` } });
      for (const res of await Promise.all(waits)) expect([res.status, res.body.pairs.length]).toEqual([200, 2]);
      // A stale version, an unknown code and a plain look-up are counted: two more pass, then 429.
      expect((await lookUp(`?after=${shown.version}`)).status).toBe(200);
      expect((await request(`${limited.url}/api/join/ZZZZZZ?after=x`)).status).toBe(404);
      expect((await lookUp()).status).toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('refuses more pairs than a workshop may have, and changes nothing', async () => {
    const w = await createWorkshop(server.url, { title: 'Full', pairs: 499 });
    const before = await stored(w);
    const refused = await post(w, 'add-pairs', { count: 2 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/at most 500 pairs/);
    expect((await stored(w)).pairs).toEqual(before.pairs);
    expect((await post(w, 'add-pairs', { count: 1 })).body.pairCount).toBe(500);
  });
});

describe('a maximum lowered from 14 to 12', () => {
  it('keeps the 14 ticks, shows the violation, lets the pair untick and refuses a 15th tick', async () => {
    const w = await createWorkshop(server.url, { title: 'Lowered', pairs: 1 });
    const ana = await track(connectPartner(server.url, w.joinCode, 'Ana', 1));
    const ben = await track(connectPartner(server.url, w.joinCode, 'Ben', 1));
    const dashboard = openDashboard(server.url, w.id, w.facilitatorKey);
    const fourteen = ids.slice(0, 14);
    ana.doc.transact(() => fourteen.forEach((id) => setPick(ana.doc, id, ana.actor, Date.now())));
    await eventually(() => expect(dashboard.latest.get(1)?.chosenCount).toBe(14));

    await post(w, 'rules', { maxTotal: 12 });
    await eventually(() => expect(lastLive(ben)).toMatchObject({ live: { settings: { rules: { maxTotal: 12 } } } }), SECOND);
    // The dashboard's summary is judged by the new rules: over the maximum, not valid; nothing dropped.
    await eventually(() => expect(dashboard.latest.get(1)).toMatchObject({ chosenCount: 14, valid: false }), SECOND);
    expect(ben.doc.getMap('picks').size).toBe(14);

    removePick(ben.doc, fourteen[0]);
    await eventually(() => expect(dashboard.latest.get(1)?.chosenCount).toBe(13));
    setPick(ana.doc, ids[20], ana.actor, Date.now());
    await eventually(() => expect(ana.controls.some((c) => c.t === 'refused' && c.rule === 'over-max' && c.max === 12)).toBe(true));
    await eventually(() => expect(ana.doc.getMap('picks').size).toBe(13));
    expect(ben.doc.getMap('picks').size).toBe(13);
    expect(ana.closes).toEqual([]);
    dashboard.ws.close();
  });
});

describe('moving a person to another pair', () => {
  const roster = [{ name: 'Ana', pair: 1 }, { name: 'Ben', pair: 1 }, { name: 'Cy', pair: 2 }];

  it('sends their open room a session for the new pair; the old one no longer opens the old pair', async () => {
    const w = await createWorkshop(server.url, { title: 'Move', roster });
    const ana = await track(connectPartner(server.url, w.joinCode, 'Ana', 1));
    const ben = await track(connectPartner(server.url, w.joinCode, 'Ben', 1));
    const dashboard = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() => expect(dashboard.latest.get(1)?.present).toHaveLength(2));

    expect((await post(w, 'move', { name: 'ana', from: 1, to: 2 })).body).toEqual({ name: 'Ana', from: 1, to: 2 });
    const moved = await eventually(() => {
      const m = ana.controls.find((c) => c.t === 'moved');
      expect(m).toMatchObject({ t: 'moved', pair: 2 });
      return m as { pair: number; token: string };
    }, SECOND);
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.MOVED));
    // Ben stays where he was.
    expect(ben.controls.some((c) => c.t === 'moved')).toBe(false);
    expect(ben.closes).toEqual([]);

    // The old cookie no longer opens pair 1 (nor the session answer).
    expect((await request(`${server.url}/api/workshops/${w.id}/session`, { headers: { cookie: ana.cookie } })).status).toBe(401);
    const again = connectWithCookie(server.url, w.id, 1, ana.cookie, ana.actor);
    partners.push(again);
    await eventually(() => expect(again.closes[0]?.code).toBe(CLOSE_CODES.UNAUTHORIZED));

    // The fresh session, adopted, opens pair 2 as the same person.
    const adopted = await request(`${server.url}/api/workshops/${w.id}/session/adopt`, { body: { token: moved.token } });
    expect(adopted.body).toEqual({ workshopId: w.id, pair: 2, participantId: ana.actor.id, name: 'Ana' });
    const cookie = (adopted.headers.get('set-cookie') ?? '').split(';')[0];
    const inTwo = await track(Promise.resolve(connectWithCookie(server.url, w.id, 2, cookie, ana.actor)));
    expect(inTwo.closes).toEqual([]);

    // The roster, the join page and the dashboard place her in pair 2.
    const info = await joinInfo(w);
    expect(info.pairs.find((p: { n: number }) => p.n === 1).members).toEqual(['Ben']);
    expect(info.pairs.find((p: { n: number }) => p.n === 2).members).toEqual(['Cy', 'Ana']);
    await eventually(() => expect(dashboard.latest.get(2)?.present.map((p) => p.name)).toEqual(['Ana']), SECOND);
    expect(dashboard.messages.some((m) => m.t === 'roster' && m.pairs[1].members.some((p) => p.name === 'Ana'))).toBe(true);
    // Both pairs' cards name their new roster (the summaries read the changed workshop, not the one they first saw).
    await eventually(() => expect(dashboard.latest.get(2)?.members).toEqual(['Cy', 'Ana']), SECOND);
    await eventually(() => expect(dashboard.latest.get(1)?.members).toEqual(['Ben']), SECOND);
    dashboard.ws.close();
  });

  it('moves a joined name (no roster) and refuses a name the pair does not have', async () => {
    const w = await createWorkshop(server.url, { title: 'Joined', pairs: 2 });
    await joinPair(server.url, w.joinCode, 'Dee', 1);
    const before = await stored(w);
    const nobody = await post(w, 'move', { name: 'Zed', from: 1, to: 2 });
    expect(nobody.status).toBe(400);
    expect((await post(w, 'move', { name: 'Dee', from: 1, to: 9 })).status).toBe(400);
    expect((await stored(w)).pairs).toEqual(before.pairs);
    expect((await post(w, 'move', { name: 'Dee', from: 1, to: 2 })).status).toBe(200);
    const info = await joinInfo(w);
    expect(info.pairs.map((p: { joined: string[] }) => p.joined)).toEqual([[], ['Dee']]);
  });

  it('lets a moved person join their old pair again afterwards, with a new session', async () => {
    const w = await createWorkshop(server.url, { title: 'Back', pairs: 2 });
    const first = await joinPair(server.url, w.joinCode, 'Eva', 1);
    await post(w, 'move', { name: 'Eva', from: 1, to: 2 });
    expect((await request(`${server.url}/api/workshops/${w.id}/session`, { headers: { cookie: first.cookie } })).status).toBe(401);
    // Issued a moment after the move: a session issued in the same millisecond would count as older.
    await new Promise((r) => setTimeout(r, 5));
    const back = await joinPair(server.url, w.joinCode, 'Eva', 1);
    expect((await request(`${server.url}/api/workshops/${w.id}/session`, { headers: { cookie: back.cookie } })).body.session.pair).toBe(1);
  });
});

describe('a hostile participant', () => {
  it('cannot move themselves, adopt an old or forged session, or open the other pair', async () => {
    const w = await createWorkshop(server.url, { title: 'Hostile', roster: [{ name: 'Ana', pair: 1 }, { name: 'Hugo', pair: 1 }, { name: 'Cy', pair: 2 }] });
    const ana = await track(connectPartner(server.url, w.joinCode, 'Ana', 1));
    const hugo = await track(connectPartner(server.url, w.joinCode, 'Hugo', 1));
    const before = await stored(w);

    // The move is the leader's: a participant's cookie (or a made-up key) is refused, nothing changes.
    expect((await post(w, 'move', { name: 'Hugo', from: 1, to: 2 }, { cookie: hugo.cookie })).status).toBe(401);
    expect((await post(w, 'move', { name: 'Hugo', from: 1, to: 2 }, { cookie: hugo.cookie, authorization: 'Bearer not-the-key-at-all' })).status).toBe(403);
    const token = decodeURIComponent(hugo.cookie.split('=')[1]);
    const [payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${Buffer.from(JSON.stringify({ ...claims, p: 2 })).toString('base64url')}.${signature}`;
    for (const body of [{ token: forged }, { token: 'x.y' }, { token: 42 }, { token: token, extra: true }, {}]) {
      const res = await request(`${server.url}/api/workshops/${w.id}/session/adopt`, { body, headers: { cookie: hugo.cookie } });
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    const other = connectWithCookie(server.url, w.id, 2, hugo.cookie, hugo.actor);
    partners.push(other);
    await eventually(() => expect(other.closes[0]?.code).toBe(CLOSE_CODES.FORBIDDEN));
    expect(await stored(w)).toMatchObject({ pairs: before.pairs, title: before.title, rules: before.rules });

    // Moved by the leader, Hugo cannot reuse his old session for pair 1, through the adopt route either.
    await post(w, 'move', { name: 'Hugo', from: 1, to: 2 });
    await eventually(() => expect(hugo.closes.map((c) => c.code)).toContain(CLOSE_CODES.MOVED));
    expect((await request(`${server.url}/api/workshops/${w.id}/session/adopt`, { body: { token } })).status).toBe(401);
    const reused = connectWithCookie(server.url, w.id, 1, hugo.cookie, hugo.actor);
    partners.push(reused);
    await eventually(() => expect(reused.closes[0]?.code).toBe(CLOSE_CODES.UNAUTHORIZED));
    // Ana, who was not moved, is still in pair 1 and still syncs.
    setPick(ana.doc, ids[0], ana.actor, Date.now());
    await eventually(async () => expect((await stored(w)).summaries[0].chosenCount).toBe(1));
    expect(ana.closes).toEqual([]);
  });
});
