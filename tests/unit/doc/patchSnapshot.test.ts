import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceText, sharedText } from '../../../shared/doc/sharedText.js';
import {
  addWriteIn,
  agree,
  initPlanDoc,
  removePick,
  removeWriteIn,
  setDetail,
  setHelp,
  setPick,
  toSnapshot,
  withdrawAgreement,
} from '../../../shared/doc/planDoc.js';
import { patchSnapshot } from '../../../shared/doc/patchSnapshot.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';

const ana = { id: 'p-ana', name: 'Ana' };
const ben = { id: 'p-ben', name: 'Ben' };
const ACTIVITIES = ['a1', 'a2', 'a3', 'a4', 'a5'];

/** A document whose snapshot is kept by patching, checked against a full read after every transaction. */
function watched(): { doc: Y.Doc; current: () => PlanSnapshot; mismatches: string[] } {
  const doc = new Y.Doc();
  let snapshot: PlanSnapshot = EMPTY_SNAPSHOT;
  const mismatches: string[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => {
    snapshot = patchSnapshot(snapshot, doc, tr);
    const full = toSnapshot(doc);
    try {
      expect(snapshot).toEqual(full);
    } catch {
      mismatches.push(JSON.stringify({ patched: snapshot, full }));
    }
  });
  initPlanDoc(doc);
  return { doc, current: () => snapshot, mismatches };
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One random edit of the kinds the app makes, plus malformed values a hostile client could store. */
function randomEdit(doc: Y.Doc, next: () => number, step: number): void {
  const pickOne = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const actor = pickOne([ana, ben]);
  const writeIns = [...doc.getMap('writeIns').keys()];
  switch (Math.floor(next() * 11)) {
    case 0:
      return setPick(doc, pickOne(ACTIVITIES), actor, step);
    case 1:
      return removePick(doc, pickOne(ACTIVITIES));
    case 2:
      addWriteIn(doc, 's1', `idea ${step}`, actor, step);
      return;
    case 3:
      if (writeIns.length > 0) replaceText(sharedText(doc, pickOne(writeIns), 'writeIn'), `edited ${step}`);
      return;
    case 4:
      if (writeIns.length > 0) removeWriteIn(doc, pickOne(writeIns));
      return;
    case 5:
      return setDetail(doc, pickOne([...ACTIVITIES, ...writeIns]), 'note', next() < 0.3 ? '' : `note ${step}`);
    case 6:
      return setDetail(doc, pickOne(ACTIVITIES), 'split', next() < 0.5);
    case 7:
      return next() < 0.5 ? agree(doc, actor, `fp${step}`, step) : withdrawAgreement(doc, actor.id);
    case 8:
      return setHelp(doc, next() < 0.5, actor, step);
    case 9:
      // Malformed entries: toSnapshot skips them, so the patch must too.
      doc.transact(() => {
        doc.getMap('picks').set(pickOne(ACTIVITIES), { nonsense: step });
        doc.getMap('details').set(`${pickOne(ACTIVITIES)}|note`, 42);
        doc.getMap('details').set('no-separator', 'x');
      });
      return;
    default:
      // Several changes in one transaction.
      doc.transact(() => {
        setPick(doc, pickOne(ACTIVITIES), actor, step);
        removePick(doc, pickOne(ACTIVITIES));
        setDetail(doc, pickOne(ACTIVITIES), 'timeline', `Q${(step % 4) + 1}`);
      });
  }
}

describe('patchSnapshot', () => {
  it('returns the previous snapshot itself when a transaction changed nothing', () => {
    const { doc, current } = watched();
    setPick(doc, 'a1', ana, 1);
    const before = current();
    doc.transact(() => undefined);
    expect(current()).toBe(before);
  });

  it('shares what a transaction did not touch', () => {
    const { doc, current } = watched();
    setPick(doc, 'a1', ana, 1);
    setDetail(doc, 'a1', 'note', 'why');
    const before = current();
    setPick(doc, 'a2', ben, 2);
    expect(current().details).toBe(before.details);
    expect(current().picks.a1).toBe(before.picks.a1);
    expect(current().picks.a2).toEqual({ by: 'p-ben', name: 'Ben', at: 2 });
  });

  it('equals a full read after every one of 2,000 random local edits', () => {
    const { doc, mismatches } = watched();
    const next = random(7);
    for (let step = 0; step < 2_000; step++) randomEdit(doc, next, step);
    expect(mismatches).toEqual([]);
  });

  it('equals a full read when partners edit concurrently and their updates arrive in either order', () => {
    for (const seed of [1, 2, 3]) {
      const next = random(seed);
      const left = watched();
      const right = watched();
      const a = new Y.Doc();
      const b = new Y.Doc();
      initPlanDoc(a);
      initPlanDoc(b);
      for (let round = 0; round < 100; round++) {
        const before = [Y.encodeStateVector(a), Y.encodeStateVector(b)] as const;
        randomEdit(a, next, round);
        randomEdit(b, next, round);
        const fromA = Y.encodeStateAsUpdate(a, before[0]);
        const fromB = Y.encodeStateAsUpdate(b, before[1]);
        Y.applyUpdate(left.doc, fromA);
        Y.applyUpdate(left.doc, fromB);
        Y.applyUpdate(right.doc, fromB);
        Y.applyUpdate(right.doc, fromA);
        Y.applyUpdate(a, fromB);
        Y.applyUpdate(b, fromA);
      }
      expect(left.mismatches).toEqual([]);
      expect(right.mismatches).toEqual([]);
      expect(left.current()).toEqual(right.current());
      expect(left.current()).toEqual(toSnapshot(a));
    }
  });

  it('equals a full read of a whole stored document applied at once', () => {
    const source = initPlanDoc(new Y.Doc());
    const next = random(11);
    for (let step = 0; step < 300; step++) randomEdit(source, next, step);
    const { doc, current, mismatches } = watched();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
    expect(mismatches).toEqual([]);
    expect(current()).toEqual(toSnapshot(source));
  });

  it('falls back to a full read when a transaction touches something other than the plan maps', () => {
    const { doc, current } = watched();
    setPick(doc, 'a1', ana, 1);
    doc.getArray('stray').push([1]);
    expect(current()).toEqual(toSnapshot(doc));
    expect(current().picks.a1).toEqual({ by: 'p-ana', name: 'Ana', at: 1 });
  });
});
