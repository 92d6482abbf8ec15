import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import { COMPARE_MAX, compareRows } from '../../../shared/tally/compareRows.js';

const ALL = LIST.strategies.flatMap((s) => s.activities.map((a) => a.id));
const pick = { by: 'p', name: 'Ana', at: 1 };
const strategy = LIST.strategies[0].id;
const plan = (ids: readonly string[], writeIns: readonly string[] = [], splits: readonly string[] = []): PlanSnapshot => ({
  ...EMPTY_SNAPSHOT,
  picks: Object.fromEntries(ids.map((id) => [id, pick])),
  writeIns: Object.fromEntries(writeIns.map((text, i) => [`w-${i}`, { strategyId: strategy, text, by: 'p', name: 'Ana', at: i }])),
  details: Object.fromEntries(splits.map((id) => [id, { split: true }])),
});

describe('compareRows', () => {
  it('has one row per activity any pair chose, in list order, with a cell per pair', () => {
    const rows = compareRows([{ n: 1, plan: plan([ALL[5], ALL[0]]) }, { n: 4, plan: plan([ALL[0], ALL[9]], [], [ALL[0]]) }], LIST);
    expect(rows.map((r) => r.key)).toEqual([ALL[0], ALL[5], ALL[9]]);
    expect(rows[0].common).toBe(true);
    expect(rows[0].cells).toEqual([
      { chosen: true, mark: null, split: false },
      { chosen: true, mark: null, split: true },
    ]);
    expect(rows[1].cells.map((c) => c.chosen)).toEqual([true, false]);
    expect(rows[2].common).toBe(false);
  });

  it('aligns the same write-in across pairs and puts write-ins after the strategy’s listed activities', () => {
    const rows = compareRows([{ n: 1, plan: plan([ALL[0]], ['Family café']) }, { n: 2, plan: plan([], ['family café!', '  ']) }], LIST);
    expect(rows.map((r) => r.kind)).toEqual(['listed', 'write-in']);
    expect(rows[1].text).toBe('Family café');
    expect(rows[1].common).toBe(true);
  });

  it(`compares at most ${COMPARE_MAX} pairs`, () => {
    const plans = Array.from({ length: 6 }, (_, i) => ({ n: i + 1, plan: plan([ALL[0]]) }));
    expect(compareRows(plans, LIST)[0].cells).toHaveLength(COMPARE_MAX);
  });

  it('is empty when the pairs chose nothing', () => {
    expect(compareRows([{ n: 1, plan: plan([]) }, { n: 2, plan: plan([]) }], LIST)).toEqual([]);
  });
});
