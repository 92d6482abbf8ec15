/**
 * A pair room keeps one document (issue 17): updates are judged on it, a
 * refused one is undone from the last checkpoint and the updates accepted
 * since, and nothing is answered from it while it holds an update that is
 * not stored yet. A real room and a real SQLite store; only the store's
 * appends are held or failed, to open the moment between judging and the
 * write.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, removePick, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { CHECKPOINT_EVERY, PairRoom, type IngestResult } from '../../server/rooms/PairRoom.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Store } from '../../server/store/Store.js';
import { LocalRelay } from '../../server/cluster/Relay.js';
import { createLogger } from '../../server/logger.js';
import { roomPeer } from '../utils/roomPeer.js';
import { eventually } from '../utils/eventually.js';

const list = ESSENTIAL_LIST_2020_21;
const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id));
const ana = { id: 'p-ana', name: 'Ana' };
const log = createLogger('silent');
let rooms = 0;

type Append = (real: Store, room: string, update: Uint8Array) => Promise<void>;

/**
 * A real store whose appends, once `intercept` is called, go through the
 * given function (which calls the real one when it lets them through);
 * before that (the room's own first write, its schema version) straight.
 */
function interceptedStore(): { store: Store; intercept: (append: Append) => void } {
  const real = new SqliteStore(mkdtempSync(join(tmpdir(), 'pairplan-onedoc-')));
  const store = Object.create(real) as Store;
  let through: Append = (inner, room, update) => inner.appendUpdate(room, update);
  store.appendUpdate = (room, update) => through(real, room, update);
  return { store, intercept: (append) => (through = append) };
}

async function openRoom(store: Store, onStoreFailed: () => void = () => undefined): Promise<{ room: PairRoom; doc: Y.Doc; send: (change: () => void) => IngestResult }> {
  const room = await PairRoom.load({ key: `onedoc/${rooms++}`, list, store, log, relay: new LocalRelay(), isLocked: () => false, rules: () => list.rules, onChange: () => undefined, onStoreFailed });
  const doc = initPlanDoc(new Y.Doc());
  const peer = roomPeer(ana, doc);
  room.addPeer(peer);
  const send = (change: () => void): IngestResult => {
    const before = Y.encodeStateVector(doc);
    doc.transact(change);
    return room.ingest(Y.encodeStateAsUpdate(doc, before), peer);
  };
  return { room, doc, send };
}

/** What `whenStored` answers, as a plan; null until it answers. */
function answerOf(room: PairRoom): { plan: ReturnType<typeof toSnapshot> | null } {
  const answer: { plan: ReturnType<typeof toSnapshot> | null } = { plan: null };
  room.whenStored((doc) => (answer.plan = toSnapshot(doc)));
  return answer;
}

describe('one document per pair room', () => {
  it('answers a sync only once everything its document holds is stored', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const { store, intercept } = interceptedStore();
    const { room, doc, send } = await openRoom(store);
    intercept(async (real, key, update) => held.then(() => real.appendUpdate(key, update)));
    const result = send(() => setPick(doc, ids[0], ana, 1_000));
    expect(result.refusal).toBeNull();
    const answer = answerOf(room);
    // Judged and in the document, but not stored: no answer yet, and the plan the dashboards read does not show it.
    await new Promise((resolve) => setImmediate(resolve));
    expect(toSnapshot(room.doc).picks[ids[0]]).toBeDefined();
    expect(room.snapshot().picks[ids[0]]).toBeUndefined();
    expect(answer.plan).toBeNull();
    release();
    await eventually(() => expect(answer.plan?.picks[ids[0]]).toMatchObject({ by: ana.id }));
    expect(room.snapshot().picks[ids[0]]).toMatchObject({ by: ana.id });
    // With nothing waiting, the answer is at once.
    expect(answerOf(room).plan?.picks[ids[0]]).toBeDefined();
  });

  it('never answers from an update whose write failed', async () => {
    let failed = false;
    const { store, intercept } = interceptedStore();
    const { room, doc, send } = await openRoom(store, () => (failed = true));
    intercept(async () => Promise.reject(new Error('injected')));
    const result = send(() => setPick(doc, ids[0], ana, 1_000));
    expect(result.refusal).toBeNull();
    const answer = answerOf(room);
    if (result.refusal === null && !result.deferred) await result.applied.catch(() => undefined);
    await room.drain();
    await eventually(() => expect(failed).toBe(true));
    expect(answer.plan).toBeNull();
    expect(room.snapshot().picks[ids[0]]).toBeUndefined();
  });

  it('undoes a refused update from the checkpoint and every update accepted since, across checkpoints', async () => {
    const { room, doc, send } = await openRoom(interceptedStore().store);
    // More accepted updates than one checkpoint holds, ticks and unticks of seven activities.
    const picked = new Set<string>();
    for (let i = 0; i < CHECKPOINT_EVERY * 2 + 5; i++) {
      const id = ids[i % 7];
      const result = send(() => (picked.has(id) ? removePick(doc, id) : setPick(doc, id, ana, 1_000 + i)));
      expect(result.refusal).toBeNull();
      if (picked.has(id)) picked.delete(id);
      else picked.add(id);
    }
    await room.drain();
    // A tick written as someone else is refused; nothing of it stays, and everything accepted does.
    const forged = send(() => setPick(doc, ids[9], { id: 'p-someone-else', name: 'Ben' }, 9_000));
    expect(forged.refusal?.code).toBe('invalid');
    const kept = Object.keys(room.snapshot().picks).sort();
    expect(kept).toEqual([...picked].sort());
    expect(Object.keys(answerOf(room).plan?.picks ?? {}).sort()).toEqual([...picked].sort());
    const fresh = initPlanDoc(new Y.Doc());
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(room.doc));
    expect(toSnapshot(fresh).picks[ids[9]]).toBeUndefined();
    expect(Object.keys(toSnapshot(fresh).picks).sort()).toEqual([...picked].sort());
  });
});
