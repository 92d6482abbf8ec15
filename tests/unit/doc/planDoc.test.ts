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
import { parseDetailKey, parseTextRootName, textRootName, toDetailKey } from '../../../shared/doc/fields.js';
import { LIMITS } from '../../../shared/doc/schema.js';

const ana = { id: 'p-ana', name: 'Ana' };
const ben = { id: 'p-ben', name: 'Ben' };
const sync = (a: Y.Doc, b: Y.Doc): void => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
};

describe('toSnapshot', () => {
  it('is empty for a new document', () => {
    expect(toSnapshot(initPlanDoc(new Y.Doc()))).toEqual({ picks: {}, writeIns: {}, details: {}, agreements: {}, help: null });
  });

  it('skips malformed values instead of failing', () => {
    const doc = initPlanDoc(new Y.Doc());
    doc.getMap('picks').set('a', { nonsense: true });
    doc.getMap('details').set('a|note', 42);
    doc.getMap('details').set('no-separator', 'x');
    setPick(doc, 'b', ana, 1);
    expect(toSnapshot(doc)).toMatchObject({ picks: { b: { by: 'p-ana', name: 'Ana', at: 1 } }, details: {} });
  });
});

describe('setPick / removePick', () => {
  it('records who chose an activity, and with which mark', () => {
    const doc = initPlanDoc(new Y.Doc());
    setPick(doc, 'x', ana, 10);
    setPick(doc, 'y', ben, 11, 'future');
    expect(toSnapshot(doc).picks).toEqual({ x: { by: 'p-ana', name: 'Ana', at: 10 }, y: { by: 'p-ben', name: 'Ben', at: 11, mark: 'future' } });
    removePick(doc, 'x');
    expect(Object.keys(toSnapshot(doc).picks)).toEqual(['y']);
  });

  it('merges two partners ticking different activities at once, in either order', () => {
    const a = initPlanDoc(new Y.Doc());
    const b = initPlanDoc(new Y.Doc());
    setPick(a, 'x', ana, 1);
    setPick(b, 'y', ben, 1);
    sync(a, b);
    sync(a, b);
    expect(toSnapshot(a)).toEqual(toSnapshot(b));
    expect(Object.keys(toSnapshot(a).picks).sort()).toEqual(['x', 'y']);
  });
});

describe('write-ins', () => {
  it('adds, edits and removes a write-in with its details', () => {
    const doc = initPlanDoc(new Y.Doc());
    const id = addWriteIn(doc, 'share-knowledge', 'Family cafe', ana, 1);
    expect(id).toMatch(/^w-/);
    setDetail(doc, id, 'note', 'monthly');
    replaceText(sharedText(doc, id, 'writeIn'), 'Family cafe, monthly');
    expect(toSnapshot(doc).writeIns[id]).toMatchObject({ text: 'Family cafe, monthly', strategyId: 'share-knowledge' });
    removeWriteIn(doc, id);
    expect(toSnapshot(doc).writeIns).toEqual({});
    expect(toSnapshot(doc).details).toEqual({});
  });

  it('cuts a write-in at the documented length', () => {
    const doc = initPlanDoc(new Y.Doc());
    const id = addWriteIn(doc, 's', 'x'.repeat(500), ana, 1);
    expect(toSnapshot(doc).writeIns[id].text).toHaveLength(LIMITS.writeInLength);
  });
});

describe('setDetail', () => {
  it('keeps two partners editing two fields of one item apart', () => {
    const a = initPlanDoc(new Y.Doc());
    const b = initPlanDoc(new Y.Doc());
    setDetail(a, 'x', 'note', 'from Ana');
    setDetail(b, 'x', 'goals', ['district', 'schools']);
    sync(a, b);
    expect(toSnapshot(b).details.x).toEqual({ note: 'from Ana', goals: ['district', 'schools'] });
  });

  it('clears a field set to an empty value', () => {
    const doc = initPlanDoc(new Y.Doc());
    setDetail(doc, 'x', 'split', true);
    setDetail(doc, 'x', 'split', false);
    expect(toSnapshot(doc).details).toEqual({});
  });
});

describe('agreements and help', () => {
  it('records and withdraws an agreement per participant', () => {
    const doc = initPlanDoc(new Y.Doc());
    agree(doc, ana, 'abc', 3);
    agree(doc, ben, 'abc', 4);
    withdrawAgreement(doc, 'p-ana');
    expect(toSnapshot(doc).agreements).toEqual({ 'p-ben': { name: 'Ben', fingerprint: 'abc', at: 4 } });
  });

  it('turns the help request on and off', () => {
    const doc = initPlanDoc(new Y.Doc());
    setHelp(doc, true, ana, 5);
    expect(toSnapshot(doc).help).toEqual({ on: true, by: 'p-ana', name: 'Ana', at: 5 });
    setHelp(doc, false, ben, 6);
    expect(toSnapshot(doc).help?.on).toBe(false);
  });
});

describe('detail keys', () => {
  it('round-trips item and field', () => {
    expect(parseDetailKey(toDetailKey('w-abc', 'goals'))).toEqual({ itemId: 'w-abc', field: 'goals' });
    expect(parseDetailKey('x|unknown')).toBeNull();
    expect(parseDetailKey('|split')).toBeNull();
    // Typed fields are shared text, never `details` keys.
    expect(parseDetailKey('x|note')).toBeNull();
    expect(parseTextRootName(textRootName('w-abc', 'timeline'))).toEqual({ itemId: 'w-abc', field: 'timeline' });
    expect(parseTextRootName(textRootName('a-1', 'writeIn'))).toEqual({ itemId: 'a-1', field: 'writeIn' });
    expect(parseTextRootName('text:x|split')).toBeNull();
    expect(parseTextRootName('text:|note')).toBeNull();
    expect(parseTextRootName('picks')).toBeNull();
  });
});
