import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { diffPlans } from '../../../client/sync/diffPlans.js';

const ana = { by: 'p-ana', name: 'Ana', at: 1 };
const maria = { by: 'p-maria', name: 'Maria', at: 2 };
const plan = (picks: PlanSnapshot['picks'], writeIns: PlanSnapshot['writeIns'] = {}): PlanSnapshot => ({ ...EMPTY_SNAPSHOT, picks, writeIns });
const context = (others: string[], maxTotal: number | null = 14) => ({ selfId: 'p-ana', others: others.map((name) => ({ name })), maxTotal });

describe('diffPlans: who removed something (issue 12)', () => {
  it.each([
    { case: 'one other person here: them', others: ['Maria'], removed: 'a1', expected: 'Maria' },
    { case: 'nobody else here: nobody', others: [], removed: 'a1', expected: undefined },
    { case: 'two others here: nobody (a delete does not say which)', others: ['Maria', 'Ben'], removed: 'a1', expected: undefined },
    { case: "the partner's own pick: them", others: ['Maria'], removed: 'a2', expected: 'Maria' },
  ])('names $case', ({ others, removed, expected }) => {
    const before = plan({ a1: ana, a2: maria });
    const after = plan(removed === 'a1' ? { a2: maria } : { a1: ana });
    const [change] = diffPlans(before, after, context(others));
    expect(change).toEqual({ kind: 'unpicked', itemId: removed, ...(expected ? { name: expected } : {}) });
  });

  it('names nobody for your own item removed while the plan is still at its maximum: the server may have undone your losing tick', () => {
    const before = plan({ a1: ana, a2: maria, a3: maria });
    const after = plan({ a2: maria, a3: maria });
    expect(diffPlans(before, after, context(['Maria'], 2))).toEqual([{ kind: 'unpicked', itemId: 'a1' }]);
    // Below the maximum it was the partner.
    expect(diffPlans(before, after, context(['Maria'], 3))).toEqual([{ kind: 'unpicked', itemId: 'a1', name: 'Maria' }]);
    // A partner's item is never the server's undo of yours.
    expect(diffPlans(before, plan({ a1: ana, a2: maria }), context(['Maria'], 2))).toEqual([{ kind: 'unpicked', itemId: 'a3', name: 'Maria' }]);
  });

  it('names who removed a write-in the same way', () => {
    const before = plan({}, { 'w-1': { ...ana, strategyId: 's', text: 'Picnic' } });
    expect(diffPlans(before, EMPTY_SNAPSHOT, context(['Maria']))).toEqual([{ kind: 'removedWriteIn', itemId: 'w-1', text: 'Picnic', name: 'Maria' }]);
    expect(diffPlans(before, EMPTY_SNAPSHOT)).toEqual([{ kind: 'removedWriteIn', itemId: 'w-1', text: 'Picnic' }]);
  });
});
