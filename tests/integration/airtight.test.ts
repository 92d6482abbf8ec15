/**
 * A hostile participant against a real server (issue "Airtight"): forged
 * content through pending structs and delete sets, another partner's
 * agreement removed, the maximum and the agreement rule broken by a raw
 * client, presence taken over, a room locked out with idle sockets, bytes
 * flooded. Each attack is refused, and nothing stored, relayed or shown
 * changed; honest partners who lose a race keep their connection.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agree, initPlanDoc, setDetail, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { encodeDeletions } from '../../shared/doc/validateTransaction.js';
import { planFingerprint } from '../../shared/rules/planFingerprint.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { SOCKET_LIMITS } from '../../server/ws/PairSockets.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { connectWithCookie, synced, type Partner } from '../utils/partner.js';
import { awarenessUpdate, openRawClient, type RawClient } from '../utils/rawClient.js';
import { eventually } from '../utils/eventually.js';

const list = ESSENTIAL_LIST_2020_21;
const onePerStrategy = list.strategies.map((s) => s.activities[0].id);
const allIds = list.strategies.flatMap((s) => s.activities.map((a) => a.id));

let server: TestServer;
const cleanups: (() => void)[] = [];
beforeAll(async () => {
  server = await createTestServer();
});
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
afterAll(async () => {
  await server.close();
});

interface Person {
  cookie: string;
  actor: { id: string; name: string };
}

async function person(joinCode: string, name: string, pair = 1): Promise<Person> {
  const joined = await joinPair(server.url, joinCode, name, pair);
  return { cookie: joined.cookie, actor: { id: joined.participantId, name } };
}

async function partner(workshopId: string, who: Person, pair = 1): Promise<Partner> {
  const p = connectWithCookie(server.url, workshopId, pair, who.cookie, who.actor);
  cleanups.push(() => p.destroy());
  await synced(p);
  return p;
}

async function raw(workshopId: string, who: Person, pair = 1): Promise<RawClient> {
  const client = openRawClient(server.url, workshopId, pair, who.cookie);
  cleanups.push(() => client.ws.terminate());
  await client.opened;
  await Promise.race([client.synced, client.closed]);
  return client;
}

/** What the server has stored for a room, as a document (read the way a reload reads it). */
async function stored(room: string): Promise<Y.Doc> {
  const doc = initPlanDoc(new Y.Doc());
  for (const u of await server.app.ctx.store.loadUpdates(room)) Y.applyUpdate(doc, u.data);
  return doc;
}

/** An update made by a fresh client id: `change` runs on a doc that already holds `base`. */
function craft(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = initPlanDoc(new Y.Doc());
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

describe('the update validator judges what the document will contain', () => {
  it('refuses a delete set sent ahead of its items, so a forged agreement never shows (variant 1)', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const benClient = await partner(w.id, ben);
    const attacker = await raw(w.id, ana);
    // Items forged as Ben: his agreement and a pick in his name, deleted by a delete set sent first.
    const forged = craft(benClient.doc, (d) => {
      agree(d, ben.actor, planFingerprint(toSnapshot(d)), Date.now());
      setPick(d, allIds[0], ben.actor, Date.now());
    });
    const meta = Y.parseUpdateMeta(forged);
    const ranges = [...meta.to].map(([client, clock]) => ({ client, clock: meta.from.get(client) ?? 0, length: clock - (meta.from.get(client) ?? 0) }));
    attacker.sendUpdate(encodeDeletions(ranges));
    attacker.sendUpdate(forged);
    expect((await attacker.closed).code).toBe(CLOSE_CODES.INVALID_UPDATE);
    // The forged items, sent alone on a new socket, are refused for what they are.
    const again = await raw(w.id, ana);
    again.sendUpdate(forged);
    expect((await again.closed).code).toBe(CLOSE_CODES.INVALID_UPDATE);
    const snapshot = toSnapshot(await stored(`${w.id}/1`));
    expect(snapshot.agreements).toEqual({});
    expect(snapshot.picks).toEqual({});
    expect(toSnapshot(benClient.doc).agreements).toEqual({});
  });

  it('refuses a struct whose dependency is missing, so a loser on the shadow cannot win on the document (variant 2)', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const benClient = await partner(w.id, ben);
    const attacker = await raw(w.id, ana);
    // Two overwrites of one key by one client: the second depends on the first. Send the second alone.
    const source = initPlanDoc(new Y.Doc());
    setDetail(source, allIds[0], 'note', 'first');
    const firstPart = Y.encodeStateAsUpdate(source);
    const sv = Y.encodeStateVector(source);
    source.getMap('details').set(`${allIds[0]}|note`, 'x'.repeat(200_000));
    const secondPart = Y.encodeStateAsUpdate(source, sv);
    attacker.sendUpdate(secondPart);
    expect((await attacker.closed).code).toBe(CLOSE_CODES.INVALID_UPDATE);
    const next = await raw(w.id, ana);
    next.sendUpdate(firstPart);
    next.sendUpdate(secondPart);
    expect((await next.closed).code).toBe(CLOSE_CODES.INVALID_UPDATE);
    await eventually(() => expect(toSnapshot(benClient.doc).details[allIds[0]]?.note).toBe('first'));
    expect(toSnapshot(await stored(`${w.id}/1`)).details[allIds[0]]?.note).toBe('first');
  });

  it("refuses the removal of another partner's agreement, and keeps removing picks normal", async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const benClient = await partner(w.id, ben);
    for (const id of onePerStrategy) setPick(benClient.doc, id, ben.actor, Date.now());
    agree(benClient.doc, ben.actor, planFingerprint(toSnapshot(benClient.doc)), Date.now());
    const anaClient = await partner(w.id, ana);
    await eventually(() => expect(toSnapshot(anaClient.doc).agreements[ben.actor.id]).toBeDefined());
    const attacker = await raw(w.id, ana);
    await eventually(() => expect(toSnapshot(attacker.doc).agreements[ben.actor.id]).toBeDefined());
    attacker.sendUpdate(craft(attacker.doc, (d) => d.getMap('agreements').delete(ben.actor.id)));
    expect((await attacker.closed).code).toBe(CLOSE_CODES.INVALID_UPDATE);
    expect(toSnapshot(await stored(`${w.id}/1`)).agreements[ben.actor.id]).toBeDefined();
    // Unticking the partner's pick is how partners work together.
    anaClient.doc.getMap('picks').delete(onePerStrategy[0]);
    await eventually(() => expect(toSnapshot(benClient.doc).picks[onePerStrategy[0]]).toBeUndefined());
    expect(anaClient.closes).toEqual([]);
  });
});

describe('the rules hold on the server', () => {
  it('keeps a raw client that ticks all 25 activities at the maximum of 14, connected and told why', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const benClient = await partner(w.id, ben);
    const attacker = await raw(w.id, ana);
    attacker.sendUpdate(craft(new Y.Doc(), (d) => d.transact(() => allIds.forEach((id) => setPick(d, id, ana.actor, Date.now())))));
    await eventually(() => expect(attacker.controls.some((c) => c.t === 'refused' && c.rule === 'over-max' && c.max === 14)).toBe(true));
    await eventually(() => expect(Object.keys(toSnapshot(benClient.doc).picks)).toHaveLength(14));
    expect(Object.keys(toSnapshot(attacker.doc).picks)).toHaveLength(14);
    expect(Object.keys(toSnapshot(await stored(`${w.id}/1`)).picks)).toHaveLength(14);
    expect(attacker.isOpen()).toBe(true);
    expect(server.app.ctx.metrics.format({ roomsLoaded: 0, sockets: 0 })).toMatch(/^pairplan_updates_undone_total [1-9]\d*$/m);
  });

  it('undoes the losing tick of two partners racing for the 14th place, with no reconnect, and both see the same plan', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const anaClient = await partner(w.id, ana);
    const benClient = await partner(w.id, ben);
    for (const id of allIds.slice(0, 13)) setPick(anaClient.doc, id, ana.actor, Date.now());
    await eventually(() => expect(Object.keys(toSnapshot(benClient.doc).picks)).toHaveLength(13));
    // Both tick a different 14th activity before either hears of the other's.
    setPick(anaClient.doc, allIds[20], ana.actor, Date.now());
    setPick(benClient.doc, allIds[21], ben.actor, Date.now());
    await eventually(() => {
      const a = toSnapshot(anaClient.doc).picks;
      expect(Object.keys(a)).toHaveLength(14);
      expect(toSnapshot(benClient.doc).picks).toEqual(a);
    });
    const told = [...anaClient.controls, ...benClient.controls].filter((c) => c.t === 'refused');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ rule: 'over-max', max: 14 });
    expect([...anaClient.closes, ...benClient.closes]).toEqual([]);
  });

  it('undoes an agreement to a plan that breaks the rules, or to another plan than the current one', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const attacker = await raw(w.id, ana);
    await eventually(() => expect(attacker.controls.length).toBeGreaterThan(0));
    attacker.sendUpdate(craft(attacker.doc, (d) => agree(d, ana.actor, planFingerprint(toSnapshot(d)), Date.now())));
    await eventually(() => expect(attacker.controls.some((c) => c.t === 'refused' && c.rule === 'agreement-invalid')).toBe(true));
    // A client keeps what it sent (the server echoes only what it undid).
    const picks = craft(attacker.doc, (d) => onePerStrategy.forEach((id) => setPick(d, id, ana.actor, Date.now())));
    Y.applyUpdate(attacker.doc, picks);
    attacker.sendUpdate(picks);
    await eventually(async () => expect(Object.keys(toSnapshot(await stored(`${w.id}/1`)).picks)).toHaveLength(6));
    attacker.sendUpdate(craft(attacker.doc, (d) => agree(d, ana.actor, 'deadbeef', Date.now())));
    await eventually(() => expect(attacker.controls.some((c) => c.t === 'refused' && c.rule === 'agreement-stale')).toBe(true));
    expect(toSnapshot(await stored(`${w.id}/1`)).agreements).toEqual({});
    attacker.sendUpdate(craft(attacker.doc, (d) => agree(d, ana.actor, planFingerprint(toSnapshot(d)), Date.now())));
    await eventually(async () => expect(toSnapshot(await stored(`${w.id}/1`)).agreements[ana.actor.id]).toBeDefined());
    expect(attacker.isOpen()).toBe(true);
  });

  it('undoes an agreement to an inventory with nothing marked, and keeps one after a mark (issue 12)', async () => {
    const w = await createWorkshop(server.url, { title: 'Inventory', listId: 'district-inventory', pairs: 1 });
    const ana = await person(w.joinCode, 'Ana');
    const attacker = await raw(w.id, ana);
    await eventually(() => expect(attacker.controls.length).toBeGreaterThan(0));
    attacker.sendUpdate(craft(attacker.doc, (d) => agree(d, ana.actor, planFingerprint(toSnapshot(d)), Date.now())));
    await eventually(() => expect(attacker.controls.some((c) => c.t === 'refused' && c.rule === 'agreement-invalid')).toBe(true));
    const mark = craft(attacker.doc, (d) => setPick(d, 'align-program-policy-1', ana.actor, Date.now(), 'now'));
    Y.applyUpdate(attacker.doc, mark);
    attacker.sendUpdate(mark);
    await eventually(async () => expect(Object.keys(toSnapshot(await stored(`${w.id}/1`)).picks)).toEqual(['align-program-policy-1']));
    expect(toSnapshot(await stored(`${w.id}/1`)).agreements).toEqual({});
    attacker.sendUpdate(craft(attacker.doc, (d) => agree(d, ana.actor, planFingerprint(toSnapshot(d)), Date.now())));
    await eventually(async () => expect(toSnapshot(await stored(`${w.id}/1`)).agreements[ana.actor.id]).toBeDefined());
  });
});

describe('presence belongs to its connection', () => {
  it("refuses another connection's claim on a partner's presence id, and its null state for it", async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const cal = await person(w.joinCode, 'Cal');
    const benClient = await partner(w.id, ben);
    const observer = await partner(w.id, cal);
    const benId = benClient.doc.clientID;
    await eventually(() => expect((observer.provider.awareness.getStates().get(benId) as { user?: { name?: string } })?.user?.name).toBe('Ben'));
    const attacker = await raw(w.id, ana);
    const dropsBefore = server.app.ctx.metrics.framesDropped.get('awareness-not-owner') ?? 0;
    attacker.sendAwareness(awarenessUpdate(benId, 1_000_000, { user: { name: 'Ben', color: '#000' } }));
    attacker.sendAwareness(awarenessUpdate(benId, 1_000_001, null));
    await eventually(() => expect(server.app.ctx.metrics.framesDropped.get('awareness-not-owner')).toBe(dropsBefore + 2));
    const state = observer.provider.awareness.getStates().get(benId) as { user: { id: string; name: string } };
    expect(state.user).toMatchObject({ id: ben.actor.id, name: 'Ben' });
    expect(attacker.isOpen()).toBe(true);
    // One log line for that reason from that connection, however many frames.
    for (let i = 0; i < 50; i++) attacker.sendAwareness(awarenessUpdate(benId, 2_000_000 + i, null));
    await eventually(() => expect(server.app.ctx.metrics.framesDropped.get('awareness-not-owner')).toBe(dropsBefore + 52));
    expect(server.logs.filter((l) => l.includes('awareness-not-owner')).length).toBe(1);
    expect(server.app.ctx.metrics.format({ roomsLoaded: 0, sockets: 0 })).toContain(`pairplan_frames_dropped_total{reason="awareness-not-owner"} ${dropsBefore + 52}`);
  });

  it('keeps a partner\'s presence id theirs after they left, so nobody takes it while they are away', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const ben = await person(w.joinCode, 'Ben');
    const cal = await person(w.joinCode, 'Cal');
    const observer = await partner(w.id, cal);
    const benClient = await partner(w.id, ben);
    const benId = benClient.doc.clientID;
    await eventually(() => expect(observer.provider.awareness.getStates().has(benId)).toBe(true));
    benClient.destroy();
    await eventually(() => expect(observer.provider.awareness.getStates().has(benId)).toBe(false));
    const attacker = await raw(w.id, ana);
    const dropsBefore = server.app.ctx.metrics.framesDropped.get('awareness-not-owner') ?? 0;
    attacker.sendAwareness(awarenessUpdate(benId, 5_000_000, { user: { name: 'Ben', color: '#000' } }));
    await eventually(() => expect(server.app.ctx.metrics.framesDropped.get('awareness-not-owner')).toBe(dropsBefore + 1));
    expect(observer.provider.awareness.getStates().has(benId)).toBe(false);
    // Ben coming back (a new connection of his session) takes his own id again.
    const benAgain = await raw(w.id, ben);
    benAgain.sendAwareness(awarenessUpdate(benId, 6_000_000, { user: { name: 'Ben', color: '#123456' } }));
    await eventually(() => expect((observer.provider.awareness.getStates().get(benId) as { user?: { id?: string } })?.user?.id).toBe(ben.actor.id));
  });
});

describe('capacity counts people, not sockets', () => {
  it("closes a person's oldest tab past three, and never fills a room with one person's sockets", async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const sockets: RawClient[] = [];
    for (let i = 0; i < 8; i++) sockets.push(await raw(w.id, ana));
    await eventually(() => expect(sockets.filter((s) => s.isOpen())).toHaveLength(SOCKET_LIMITS.perPerson));
    expect((await sockets[0].closed).code).toBe(CLOSE_CODES.REPLACED);
    const ben = await person(w.joinCode, 'Ben');
    const benClient = await partner(w.id, ben);
    expect(benClient.closes).toEqual([]);
  });

  it('is full only when enough different people are in it', async () => {
    const w = await createWorkshop(server.url);
    const people = await Promise.all(Array.from({ length: SOCKET_LIMITS.peoplePerRoom + 1 }, (_, i) => person(w.joinCode, `P${i}`)));
    const inRoom: RawClient[] = [];
    for (const p of people.slice(0, -1)) inRoom.push(await raw(w.id, p));
    const late = openRawClient(server.url, w.id, 1, people.at(-1)!.cookie);
    cleanups.push(() => late.ws.terminate());
    expect((await late.closed).code).toBe(CLOSE_CODES.FULL);
    expect(inRoom.every((s) => s.isOpen())).toBe(true);
  });
});

describe('every byte bounded', () => {
  it('cuts a participant who floods bytes, and a reconnect does not refill their budget', async () => {
    const w = await createWorkshop(server.url);
    const ana = await person(w.joinCode, 'Ana');
    const attacker = await raw(w.id, ana);
    // Valid frames that change nothing (the same empty update), 200 KiB of padding each through a large control frame.
    const junk = new Uint8Array(200 * 1024);
    junk[0] = 100; // control message type, then garbage: counted as bytes before it is read
    for (let i = 0; i < 8 && attacker.isOpen(); i++) attacker.send(junk);
    expect((await attacker.closed).code).toBe(CLOSE_CODES.RATE_LIMITED);
    const again = await raw(w.id, ana);
    again.send(junk);
    again.send(junk);
    expect((await again.closed).code).toBe(CLOSE_CODES.RATE_LIMITED);
  });
});
