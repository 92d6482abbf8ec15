import { describe, expect, it } from 'vitest';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { EMPTY_SNAPSHOT, type Mark, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { evaluatePlan, refusalToAdd } from '../../../shared/rules/evaluatePlan.js';
import { formatPlanSummary, formatStrategyStanding, formatViolation } from '../../../shared/rules/formatPlanStatus.js';
import { createTranslate } from '../../../shared/i18n/translate.js';

const list = ESSENTIAL_LIST_2020_21;
const rules = list.rules;
const author = { by: 'p1', name: 'Ana', at: 1 };

/** A plan with the first `counts[i]` activities of strategy i chosen. */
function planWith(counts: number[], writeIns: { strategyId: string; text: string; mark?: Mark }[] = [], mark?: Mark, l = list): PlanSnapshot {
  const picks: Record<string, PlanSnapshot['picks'][string]> = {};
  l.strategies.forEach((s, i) => {
    for (const a of s.activities.slice(0, counts[i] ?? 0)) picks[a.id] = { ...author, ...(mark ? { mark } : {}) };
  });
  const w = Object.fromEntries(writeIns.map((x, i) => [`w-${i}`, { ...author, ...x }]));
  return { ...EMPTY_SNAPSHOT, picks, writeIns: w };
}

describe('evaluatePlan', () => {
  it('counts nothing in an empty plan and misses every strategy', () => {
    const e = evaluatePlan(EMPTY_SNAPSHOT, list, rules);
    expect(e.chosenCount).toBe(0);
    expect(e.coveredCount).toBe(0);
    expect(e.missing).toHaveLength(6);
    expect(e.valid).toBe(false);
    expect(formatPlanSummary(e)).toBe(`0 of 14 · 0 of 6 strategies · missing: ${list.strategies.map((s) => s.title).join(', ')}`);
  });

  it('says "11 of 14 · 5 of 6 strategies · missing: Celebrate milestones"', () => {
    const e = evaluatePlan(planWith([3, 2, 2, 2, 0, 2]), list, rules);
    expect(e.chosenCount).toBe(11);
    expect(formatPlanSummary(e)).toBe('11 of 14 · 5 of 6 strategies · missing: Celebrate milestones');
    expect(e.violations).toEqual([{ code: 'under-min', strategyId: 'celebrate-milestones', strategy: 'Celebrate milestones', min: 1 }]);
    expect(formatViolation(e.violations[0])).toBe('Choose at least 1 activity for Celebrate milestones.');
  });

  it('accepts one per strategy as valid', () => {
    const e = evaluatePlan(planWith([1, 1, 1, 1, 1, 1]), list, rules);
    expect(e.valid).toBe(true);
    expect(e.violations).toEqual([]);
  });

  it('accepts exactly 14 and flags 15 as over the maximum', () => {
    expect(evaluatePlan(planWith([3, 3, 2, 2, 2, 2]), list, rules).valid).toBe(true);
    const over = evaluatePlan(planWith([3, 3, 3, 2, 2, 2]), list, rules);
    expect(over.chosenCount).toBe(15);
    expect(over.violations).toEqual([{ code: 'over-max', count: 15, max: 14, excess: 1 }]);
    expect(formatViolation(over.violations[0])).toBe('Too many activities: 15 chosen, the maximum is 14. Remove 1 to agree.');
  });

  it('counts a write-in as a chosen activity that covers its strategy', () => {
    const e = evaluatePlan(planWith([1, 1, 1, 1, 0, 1], [{ strategyId: 'celebrate-milestones', text: 'Family night' }]), list, rules);
    expect(e.chosenCount).toBe(6);
    expect(e.valid).toBe(true);
  });

  it('ignores unknown ids, and counts a write-in while it exists, even with its text cleared to be retyped', () => {
    const plan = planWith([1], [{ strategyId: 'celebrate-milestones', text: '   ' }, { strategyId: 'nope', text: 'x' }]);
    const e = evaluatePlan({ ...plan, picks: { ...plan.picks, 'no-such-activity': author } }, list, rules);
    expect(e.chosenCount).toBe(2);
  });

  it('applies a limit lowered mid-session without dropping anything (14 → 12)', () => {
    const plan = planWith([3, 3, 2, 2, 2, 2]);
    const e = evaluatePlan(plan, list, { ...rules, maxTotal: 12 });
    expect(e.chosenCount).toBe(14);
    expect(e.violations[0]).toMatchObject({ code: 'over-max', excess: 2 });
  });

  it('has no minimum or maximum when the rules say 0 and null', () => {
    const e = evaluatePlan(planWith([0, 0, 5]), list, { minPerStrategy: 0, maxTotal: null, minutes: 20 });
    expect(e.valid).toBe(true);
    expect(formatPlanSummary(e)).toBe('5 activities chosen · 1 of 6 strategies');
  });

  it('counts ✓ now and ☆ future marks in inventory mode, and unmarked picks not at all', () => {
    const l = DISTRICT_INVENTORY;
    const plan = planWith([2, 1], [{ strategyId: l.strategies[2].id, text: 'Our own', mark: 'future' }], 'now', l);
    const e = evaluatePlan({ ...plan, picks: { ...plan.picks, [l.strategies[3].activities[0].id]: author } }, l, l.rules);
    expect(e.marks).toEqual({ now: 3, future: 1 });
    expect(e.chosenCount).toBe(4);
    expect(e.valid).toBe(true);
    expect(formatPlanSummary(e)).toBe('3 ✓ now · 1 ☆ future · 3 of 6 strategies');
  });

  it('speaks Spanish when given a Spanish translator', () => {
    const e = evaluatePlan(planWith([3, 2, 2, 2, 0, 2]), list, rules);
    expect(formatPlanSummary(e, createTranslate('es'))).toBe('11 de 14 · 5 de 6 estrategias · falta: Celebrate milestones');
  });
});

describe('evaluatePlan: one status model (issue 12)', () => {
  const inventory = DISTRICT_INVENTORY;

  it('does not let an inventory with no mark be agreed: empty, nothing missing, every strategy open', () => {
    const e = evaluatePlan(EMPTY_SNAPSHOT, inventory, inventory.rules);
    expect(e.valid).toBe(false);
    expect(e.standing).toBe('empty');
    expect(e.violations).toEqual([{ code: 'nothing-chosen', mode: 'inventory' }]);
    expect(e.missing).toEqual([]);
    expect(e.strategies.map((s) => s.state)).toEqual(inventory.strategies.map(() => 'open'));
    expect(formatViolation(e.violations[0])).toBe('Mark at least one activity ✓ now or ☆ future to agree.');
    expect(formatViolation(e.violations[0], createTranslate('es'))).toBe('Marquen al menos una actividad ✓ ahora o ☆ en el futuro para poder acordar.');
  });

  it('does not count unmarked picks as marks', () => {
    const e = evaluatePlan(planWith([2, 1], [], undefined, inventory), inventory, inventory.rules);
    expect(e.standing).toBe('empty');
    expect(e.valid).toBe(false);
  });

  it('is valid with one mark, the marked strategy covered and the others open, not missing', () => {
    const e = evaluatePlan(planWith([0, 1], [], 'future', inventory), inventory, inventory.rules);
    expect(e.valid).toBe(true);
    expect(e.standing).toBe('valid');
    expect(e.strategies.map((s) => s.state)).toEqual(['open', 'covered', 'open', 'open', 'open', 'open']);
  });

  it('keeps "missing" for a minimum the leader set on an inventory', () => {
    const e = evaluatePlan(planWith([1], [], 'now', inventory), inventory, { ...inventory.rules, minPerStrategy: 1 });
    expect(e.standing).toBe('missing');
    expect(e.strategies.map((s) => s.state)).toEqual(['covered', 'missing', 'missing', 'missing', 'missing', 'missing']);
    expect(e.violations.some((v) => v.code === 'nothing-chosen')).toBe(false);
  });

  it('names one standing when several hold: over the maximum, then missing, then empty', () => {
    expect(evaluatePlan(EMPTY_SNAPSHOT, list, rules).standing).toBe('missing');
    expect(evaluatePlan(planWith([4, 4, 5, 4, 0, 0]), list, rules).standing).toBe('over-max');
    expect(evaluatePlan(EMPTY_SNAPSHOT, list, { ...rules, minPerStrategy: 0 }).violations).toEqual([{ code: 'nothing-chosen', mode: 'choose' }]);
    expect(evaluatePlan(planWith([1, 1, 1, 1, 1, 1]), list, rules).standing).toBe('valid');
  });
});

describe('formatStrategyStanding', () => {
  const standing = (state: 'covered' | 'missing' | 'open', count = 0) => ({ strategyId: 's', title: 'S', count, covered: state === 'covered', state });

  it('says each state in the words of the mode', () => {
    expect(formatStrategyStanding(standing('covered', 2), 'choose')).toBe('Covered · 2 chosen');
    expect(formatStrategyStanding(standing('covered', 2), 'inventory')).toBe('2 marked');
    expect(formatStrategyStanding(standing('missing'), 'inventory')).toBe('Missing');
    expect(formatStrategyStanding(standing('open'), 'choose')).toBe('None chosen yet');
    expect(formatStrategyStanding(standing('open'), 'inventory')).toBe('Nothing marked yet');
    expect(formatStrategyStanding(standing('open'), 'inventory', createTranslate('es'))).toBe('Nada marcado todavía');
    expect(formatStrategyStanding(standing('covered', 1), 'inventory', createTranslate('es'))).toBe('1 marcada');
  });
});

describe('refusalToAdd', () => {
  it('allows adding below the maximum', () => {
    expect(refusalToAdd(evaluatePlan(planWith([3, 3, 2, 2, 2, 1]), list, rules))).toBeNull();
  });

  it('refuses a 15th activity', () => {
    expect(refusalToAdd(evaluatePlan(planWith([3, 3, 2, 2, 2, 2]), list, rules))).toMatchObject({ code: 'over-max', max: 14 });
  });

  it('never refuses without a maximum', () => {
    expect(refusalToAdd(evaluatePlan(planWith([4, 4, 5, 4, 4, 4]), list, { ...rules, maxTotal: null }))).toBeNull();
  });
});
