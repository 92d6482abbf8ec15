import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initPlanDoc, toSnapshot } from '../../../shared/doc/planDoc.js';
import { restorePlan } from '../../../shared/doc/restorePlan.js';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import { essentialPlan, smallPlan } from '../export/fixtures.js';

const roundTrip = (plan: typeof EMPTY_SNAPSHOT, withHelp = false) => {
  const doc = initPlanDoc(new Y.Doc());
  restorePlan(doc, plan, withHelp);
  const copy = initPlanDoc(new Y.Doc());
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return toSnapshot(copy);
};

describe('restorePlan', () => {
  it('writes a snapshot that reads back the same, ids and agreements included', () => {
    for (const plan of [smallPlan(), essentialPlan(), EMPTY_SNAPSHOT]) {
      const restored = roundTrip(plan);
      expect(restored).toEqual(plan);
      expect(planFingerprint(restored)).toBe(planFingerprint(plan));
    }
  });

  it('writes everything in one transaction', () => {
    const doc = initPlanDoc(new Y.Doc());
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    restorePlan(doc, smallPlan());
    expect(transactions).toBe(1);
  });

  it('leaves the help request out unless asked', () => {
    const help = { on: true, by: 'p-ana', name: 'Ana', at: 1 };
    expect(roundTrip({ ...smallPlan(), help }).help).toBeNull();
    expect(roundTrip({ ...smallPlan(), help }, true).help).toEqual(help);
  });
});
