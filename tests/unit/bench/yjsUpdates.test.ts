import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as Y from 'yjs';
import { initPlanDoc, removePick, rootMap, setPick } from '../../../shared/doc/planDoc.js';
import { sharedText } from '../../../shared/doc/sharedText.js';
import { SimulatedPartner } from '../../../bench/wire/SimulatedPartner.js';
import { readIds, type StructId } from '../../../bench/wire/yjsUpdates.js';

const KEYS = ['a1', 'a2', 'a3'];
const TEXTS = ['a1', 'a2'];
type Op = { kind: 'toggle'; key: string } | { kind: 'type'; item: string; char: string } | { kind: 'trim'; item: string; count: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('toggle' as const), key: fc.constantFrom(...KEYS) }),
  fc.record({ kind: fc.constant('type' as const), item: fc.constantFrom(...TEXTS), char: fc.constantFrom('a', 'é', ' ', '€') }),
  fc.record({ kind: fc.constant('trim' as const), item: fc.constantFrom(...TEXTS), count: fc.integer({ min: 1, max: 4 }) }),
);

/** The update Yjs emits for one change made through the real API. */
function realUpdate(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const grab = (u: Uint8Array): void => void (update = u);
  doc.on('update', grab);
  change();
  doc.off('update', grab);
  if (!update) throw new Error('no update');
  return update;
}

/** Runs `ops` through a SimulatedPartner and through a Y.Doc with the same client id; returns both updates of every step. */
function replay(ops: readonly Op[]): { simulated: Uint8Array[]; real: Uint8Array[]; ids: StructId[]; deleted: boolean[]; doc: Y.Doc } {
  const partner = new SimulatedPartner(4242);
  const doc = initPlanDoc(new Y.Doc());
  doc.clientID = 4242;
  const out = { simulated: [] as Uint8Array[], real: [] as Uint8Array[], ids: [] as StructId[], deleted: [] as boolean[], doc };
  const actor = { id: 'p1', name: 'Ana' };
  for (const [step, o] of ops.entries()) {
    const root = `text:${o.kind === 'toggle' ? o.key : o.item}|note`;
    let written;
    let real;
    if (o.kind === 'toggle' && partner.isPicked(o.key)) {
      written = partner.unpick(o.key);
      real = realUpdate(doc, () => removePick(doc, o.key));
    } else if (o.kind === 'toggle') {
      written = partner.pick(o.key, { by: actor.id, name: actor.name, at: step + 0.5 });
      real = realUpdate(doc, () => setPick(doc, o.key, actor, step + 0.5));
    } else if (o.kind === 'type') {
      written = partner.type(root, o.char);
      real = realUpdate(doc, () => sharedText(doc, o.item, 'note').insert(sharedText(doc, o.item, 'note').length, o.char));
    } else {
      if (o.count >= partner.textLength(root)) continue;
      written = partner.trim(root, o.count);
      real = realUpdate(doc, () => sharedText(doc, o.item, 'note').delete(0, o.count));
    }
    out.simulated.push(written.update);
    out.real.push(real);
    out.ids.push(written.id);
    out.deleted.push(o.kind === 'trim' || (o.kind === 'toggle' && !partner.isPicked(o.key)));
  }
  return out;
}

describe('SimulatedPartner', () => {
  it('writes byte for byte the update Yjs writes for each tick, untick, keystroke and trim', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { simulated, real } = replay(ops);
        expect(simulated).toEqual(real);
      }),
    );
  });

  it('leaves a receiving Y.Doc holding the same picks and texts, in either delivery of whole state or step by step', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { simulated, doc } = replay(ops);
        const stepwise = new Y.Doc();
        for (const u of simulated) Y.applyUpdate(stepwise, u);
        const merged = new Y.Doc();
        Y.applyUpdate(merged, Y.mergeUpdates(simulated));
        for (const other of [stepwise, merged]) {
          expect(rootMap(other, 'picks').toJSON()).toEqual(rootMap(doc, 'picks').toJSON());
          for (const item of TEXTS) expect(other.getText(`text:${item}|note`).toString()).toBe(sharedText(doc, item, 'note').toString());
        }
      }),
    );
  });

  it('refuses to trim a text down to nothing and to unpick what is not picked', () => {
    const partner = new SimulatedPartner(1);
    partner.type('text:a1|note', 'x');
    expect(() => partner.trim('text:a1|note', 1)).toThrow();
    expect(() => partner.unpick('a1')).toThrow();
    expect(() => partner.type('text:a1|note', 'xy')).toThrow();
  });
});

const key = (id: StructId): string => `${id.client}:${id.clock}`;

describe('readIds', () => {
  it('reads the id a receiver keys latency by from each single update: the new struct, or the first deleted clock', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const { ids, deleted, simulated } = replay(ops);
        simulated.forEach((update, i) => {
          const read = readIds(update);
          if (deleted[i]) expect(read.deletes[0]).toEqual(ids[i]);
          else expect(read.inserts).toEqual([ids[i]]);
        });
      }),
    );
  });

  it('finds every id in an update that merges many (Hocuspocus 4 batches updates), and another client’s ids', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 2, maxLength: 30 }), fc.array(fc.constantFrom(...KEYS), { maxLength: 5 }), (ops, partnerKeys) => {
        const mine = replay(ops);
        const partner = new Y.Doc();
        partner.clientID = 7;
        const theirs = partnerKeys.map((k, n) => realUpdate(partner, () => setPick(partner, `p${k}`, { id: 'p2', name: 'Ben' }, n)));
        const merged = readIds(Y.mergeUpdates([...mine.simulated, ...theirs]));
        const inserted = new Set(merged.inserts.map(key));
        const removed = new Set(merged.deletes.map(key));
        mine.ids.forEach((id, i) => expect((mine.deleted[i] ? removed : inserted).has(key(id))).toBe(true));
        theirs.forEach((_, n) => expect(inserted.has(`7:${n}`)).toBe(true));
      }),
    );
  });

  it('reads nothing from an empty update', () => {
    expect(readIds(new Uint8Array([0, 0]))).toEqual({ inserts: [], deletes: [] });
  });
});
