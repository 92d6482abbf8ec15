/**
 * The validator reads the room's patched snapshot instead of the document
 * (issue 17), and the rules, the agreement fingerprint and the partners
 * read the patched snapshot too: each must answer exactly what working it
 * out afresh answers, over random edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replaceText, sharedText } from '../../../shared/doc/sharedText.js';
import { addWriteIn, agree, initPlanDoc, removePick, removeWriteIn, setDetail, setPick, withdrawAgreement } from '../../../shared/doc/planDoc.js';
import { patchSnapshot } from '../../../shared/doc/patchSnapshot.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { validateTransaction } from '../../../shared/doc/validateTransaction.js';
import { planPartners } from '../../../shared/export/planPartners.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import type { Rules } from '../../../shared/lists/types.js';
import { evaluatePlan } from '../../../shared/rules/evaluatePlan.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';

const ana = { id: 'p-ana', name: 'Ana' };
const ben = { id: 'p-ben', name: 'Ben' };
const ACTIVITIES = LIST.strategies.flatMap((s) => s.activities.slice(0, 2).map((a) => a.id));
const RULES: Rules = { ...LIST.rules, maxTotal: 4, minPerStrategy: 1 };

type Edit =
  | { kind: 'pick' | 'unpick'; item: number; who: 0 | 1 }
  | { kind: 'writeIn' | 'writeInText' | 'removeWriteIn'; item: number; who: 0 | 1 }
  | { kind: 'note'; item: number; text: string }
  | { kind: 'agree' | 'agreeStale' | 'withdraw'; who: 0 | 1 };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('pick', 'unpick', 'writeIn', 'writeInText', 'removeWriteIn'), item: fc.nat(ACTIVITIES.length - 1), who: fc.constantFrom(0, 1) }),
  fc.record({ kind: fc.constant('note'), item: fc.nat(ACTIVITIES.length - 1), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constantFrom('agree', 'agreeStale', 'withdraw'), who: fc.constantFrom(0, 1) }),
) as fc.Arbitrary<Edit>;

function apply(doc: Y.Doc, e: Edit, step: number, plan: PlanSnapshot): void {
  const actor = 'who' in e ? [ana, ben][e.who] : ana;
  const writeIns = [...doc.getMap('writeIns').keys()];
  const writeIn = writeIns['item' in e ? e.item % Math.max(1, writeIns.length) : 0];
  switch (e.kind) {
    case 'pick':
      return setPick(doc, ACTIVITIES[e.item], actor, step);
    case 'unpick':
      return removePick(doc, ACTIVITIES[e.item]);
    case 'writeIn':
      addWriteIn(doc, LIST.strategies[e.item % LIST.strategies.length].id, `idea ${step}`, actor, step);
      return;
    case 'writeInText':
      if (writeIn) replaceText(sharedText(doc, writeIn, 'writeIn'), `edited ${step}`);
      return;
    case 'removeWriteIn':
      if (writeIn) removeWriteIn(doc, writeIn);
      return;
    case 'note':
      return setDetail(doc, ACTIVITIES[e.item], 'note', e.text);
    case 'agree':
      return agree(doc, actor, planFingerprint(plan), step);
    case 'agreeStale':
      return agree(doc, actor, 'stale000', step);
    case 'withdraw':
      return withdrawAgreement(doc, actor.id);
  }
}

/** A fresh copy: no object shared with the patched snapshot. */
const fresh = <T>(value: T): T => structuredClone(value);

describe('the patched snapshot', () => {
  it('evaluation, fingerprint and partners equal a fresh computation after every random edit, and the validator answers the same from the patched snapshot', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 60 }), (edits) => {
        const doc = new Y.Doc();
        let plan: PlanSnapshot = EMPTY_SNAPSHOT;
        const differences: string[] = [];
        // As in a pair room: the snapshot is patched first, then the transaction is judged.
        doc.on('afterTransaction', (tr: Y.Transaction) => {
          plan = patchSnapshot(plan, doc, tr);
        });
        doc.on('afterTransaction', (tr: Y.Transaction) => {
          for (const author of [ana, ben, null]) {
            const fromSnapshot = validateTransaction(doc, tr, { list: LIST, author, rules: RULES, choices: () => plan });
            const fromDocument = validateTransaction(doc, tr, { list: LIST, author, rules: RULES });
            if (JSON.stringify(fromSnapshot) !== JSON.stringify(fromDocument)) differences.push(`validate: ${JSON.stringify([fromSnapshot, fromDocument])}`);
          }
          const copy = fresh(plan);
          if (JSON.stringify(evaluatePlan(plan, LIST, RULES)) !== JSON.stringify(evaluatePlan(copy, LIST, RULES))) differences.push('evaluatePlan');
          if (planFingerprint(plan) !== planFingerprint(copy)) differences.push('planFingerprint');
          const people = { members: ['Ana'], present: [{ name: 'Ben' }] };
          if (JSON.stringify(planPartners(plan, people)) !== JSON.stringify(planPartners(copy, people))) differences.push('planPartners');
        });
        initPlanDoc(doc);
        edits.forEach((e, step) => apply(doc, e, step + 1, plan));
        expect(differences).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('sees an agreement change though the choices stayed the same', () => {
    const doc = initPlanDoc(new Y.Doc());
    let plan: PlanSnapshot = EMPTY_SNAPSHOT;
    doc.on('afterTransaction', (tr: Y.Transaction) => (plan = patchSnapshot(plan, doc, tr)));
    setPick(doc, ACTIVITIES[0], ana, 1);
    expect(planPartners(plan)).toEqual([{ name: 'Ana', agreed: false }]);
    agree(doc, ben, planFingerprint(plan), 2);
    expect(planPartners(plan)).toEqual([{ name: 'Ana', agreed: false }, { name: 'Ben', agreed: true }]);
  });
});
