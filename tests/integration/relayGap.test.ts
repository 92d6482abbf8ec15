/**
 * The relay notices what pub/sub lost (issue "Airtight", finding 4): two
 * instances on Redis and PostgreSQL, a partner on each. An update that is
 * in the store but whose frame never arrived reaches the partner on the
 * other instance when the room's sequence from a publisher skips a number,
 * and when the instance's Redis subscriber connection is cut and comes
 * back — but not from a frame that follows on in sequence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import * as Y from 'yjs';
import { initPlanDoc, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { encodeRoomFrame, roomChannel } from '../../server/cluster/RedisRelay.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const cleanups: (() => Promise<void>)[] = [];
let one: TestServer;
let two: TestServer;
let redis: Redis;
beforeAll(async () => {
  const db = await createTestDatabase();
  cleanups.push(db.drop);
  one = await createTestServer({ DATABASE_URL: db.url, REDIS_URL });
  two = await createTestServer({ DATABASE_URL: db.url, REDIS_URL });
  cleanups.push(() => one.close(), () => two.close());
  redis = new Redis(REDIS_URL);
  cleanups.push(async () => void redis.disconnect());
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

/** One pick, as a client of its own would write it (independent of every other update). */
function pickUpdate(activityId: string): Uint8Array {
  const doc = initPlanDoc(new Y.Doc());
  setPick(doc, activityId, { id: 'someone', name: 'Someone' }, 1);
  return Y.encodeStateAsUpdate(doc);
}

const picked = (p: Partner, id: string): boolean => id in toSnapshot(p.doc).picks;

async function pairAcrossInstances(title: string): Promise<{ key: string; ana: Partner; ben: Partner }> {
  const w = await createWorkshop(one.url, { title, pairs: 1 });
  const ana = await connectPartner(one.url, w.joinCode, 'Ana', 1);
  const ben = await connectPartner(two.url, w.joinCode, 'Ben', 1);
  cleanups.push(async () => [ana, ben].forEach((p) => p.destroy()));
  await Promise.all([synced(ana), synced(ben)]);
  return { key: `${w.id}/1`, ana, ben };
}

describe('relay gap detection', () => {
  it('resyncs a room from the store when a publisher skips a sequence number, not when it follows on', async () => {
    const { key, ben } = await pairAcrossInstances('Gap');
    const publisher = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
    const channel = roomChannel(key);
    // As an instance does: store, then publish (the relay carries only stored updates).
    const storeAndPublish = async (seq: number, update: Uint8Array): Promise<void> => {
      await one.app.ctx.store.appendUpdate(key, update);
      await redis.publish(channel, encodeRoomFrame('update', publisher, seq, update));
    };

    // A new publisher's first frame: one resync, which brings what was stored unpublished before it.
    await one.app.ctx.store.appendUpdate(key, pickUpdate(ids[0]));
    await storeAndPublish(1, pickUpdate(ids[1]));
    await eventually(() => expect(picked(ben, ids[0]) && picked(ben, ids[1])).toBe(true));

    // Stored, its frame lost; the next frame follows on (2 after 1): it brings itself, nothing else.
    await one.app.ctx.store.appendUpdate(key, pickUpdate(ids[2]));
    await storeAndPublish(2, pickUpdate(ids[3]));
    await eventually(() => expect(picked(ben, ids[3])).toBe(true));
    expect(picked(ben, ids[2])).toBe(false);

    // Frame 3 is dropped on purpose: frame 4 is a gap, and the room catches up with the store.
    await storeAndPublish(4, pickUpdate(ids[4]));
    await eventually(() => expect(picked(ben, ids[2]) && picked(ben, ids[4])).toBe(true));

    // Converged: the room on instance two, Ben, and a fresh client there equal the store.
    const storedDoc = initPlanDoc(new Y.Doc());
    for (const u of await one.app.ctx.store.loadUpdates(key)) Y.applyUpdate(storedDoc, u.data);
    const room = await two.app.ctx.rooms.loaded(key);
    expect(room?.snapshot()).toEqual(toSnapshot(storedDoc));
    expect(toSnapshot(ben.doc)).toEqual(toSnapshot(storedDoc));
    expect(room?.doc.store.pendingStructs).toBeNull();
  });

  it('resyncs every subscribed room when the Redis subscriber connection comes back', async () => {
    const { key, ana, ben } = await pairAcrossInstances('Reconnect');
    // Stored while the subscriber is (about to be) away: no frame will ever carry it.
    await one.app.ctx.store.appendUpdate(key, pickUpdate(ids[5]));
    expect(picked(ben, ids[5])).toBe(false);
    const sub = (two.app.ctx.relay as unknown as { sub: { stream: { localPort: number } } }).sub;
    expect(await redis.client('KILL', 'ADDR', `127.0.0.1:${sub.stream.localPort}`)).toBe(1);
    await eventually(() => expect(picked(ben, ids[5])).toBe(true), 10_000);
    // And the relay works again after the reconnect.
    setPick(ana.doc, ids[6], ana.actor, Date.now());
    await eventually(() => expect(picked(ben, ids[6])).toBe(true));
    expect(two.logs.some((line) => line.includes('redis subscriber reconnected'))).toBe(true);
  });
});
