/**
 * Issue 17: the rules engine and the partners list run for every checked
 * update and every dashboard summary, so they count into arrays and sort
 * only each author once instead of building maps, entry arrays and a sort
 * of every authored entry. Each must answer exactly what the plainest
 * version (below) answers, over random lists,
 * rules and plans: duplicate and unknown ids, inventory marks, authors at
 * the same moment, names that differ only in case, spacing or Unicode form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, Mark, PlanSnapshot, Pick as PickValue, WriteIn } from '../../../shared/doc/schema.js';
import { planPartners, type PairPeople, type PlanPartner } from '../../../shared/export/planPartners.js';
import type { ActivityList, Rules } from '../../../shared/lists/types.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { agreementStatus } from '../../../shared/rules/agreementStatus.js';
import { evaluatePlan, indexActivities, type PlanEvaluation, type StrategyState, type Violation } from '../../../shared/rules/evaluatePlan.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';

/**
 * What evaluatePlan must answer, worked out the plainest way: list every
 * choice that counts, then count each strategy's with a filter.
 */
function obviousEvaluation(plan: Pick2, list: ActivityList, rules: Rules): PlanEvaluation {
  const known = new Set(list.strategies.map((s) => s.id));
  const strategyOf = indexActivities(list);
  const counted = [
    ...Object.entries(plan.picks).map(([id, p]) => ({ strategyId: strategyOf.get(id), mark: p.mark })),
    ...Object.values(plan.writeIns).map((w) => ({ strategyId: w.strategyId, mark: w.mark })),
  ].filter((c) => c.strategyId !== undefined && known.has(c.strategyId) && (list.mode !== 'inventory' || c.mark !== undefined));
  const min = rules.minPerStrategy;
  const strategies = list.strategies.map((s) => {
    const count = counted.filter((c) => c.strategyId === s.id).length;
    const covered = count >= Math.max(1, min);
    return { strategyId: s.id, title: s.title, count, covered, state: (covered ? 'covered' : min > 0 ? 'missing' : 'open') as StrategyState };
  });
  const total = strategies.reduce((sum, s) => sum + s.count, 0);
  const below = min > 0 ? strategies.filter((s) => s.count < min) : [];
  const over = rules.maxTotal !== null && total > rules.maxTotal;
  const broken: Violation[] = [
    ...(over ? [{ code: 'over-max' as const, count: total, max: rules.maxTotal!, excess: total - rules.maxTotal! }] : []),
    ...below.map((s) => ({ code: 'under-min' as const, strategyId: s.strategyId, strategy: s.title, min })),
  ];
  if (total === 0 && broken.length === 0) broken.push({ code: 'nothing-chosen', mode: list.mode });
  const marked = (m: Mark): number => counted.filter((c) => c.mark === m).length;
  return {
    standing: over ? 'over-max' : below.length > 0 ? 'missing' : total === 0 ? 'empty' : 'valid',
    valid: broken.length === 0,
    violations: broken,
    missing: below,
    coveredCount: strategies.filter((s) => s.covered).length,
    strategies,
    marks: { now: marked('now'), future: marked('future') },
    maxTotal: rules.maxTotal,
    chosenCount: total,
    mode: list.mode,
  };
}
type Pick2 = Pick<PlanSnapshot, 'picks' | 'writeIns'>;

/** planPartners as it was: every authored entry sorted by time and name, then the first of each name. */
function obviousPartners(plan: PlanSnapshot, pair: PairPeople = {}): PlanPartner[] {
  const tidy = (name: string): string => name.trim().replace(/\s+/g, ' ');
  const key = (name: string): string => tidy(name).toLowerCase();
  const people = [...(pair.members ?? []), ...(pair.joined ?? []), ...(pair.present ?? []).map((p) => p.name)];
  const authored = [...Object.values(plan.picks), ...Object.values(plan.writeIns), ...Object.values(plan.agreements)]
    .map((a) => ({ name: a.name, at: a.at }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))
    .map((a) => a.name);
  const agreed = new Set(agreementStatus(plan, true, []).agreed.map((a) => key(a.name)));
  const seen = new Set<string>();
  const partners: PlanPartner[] = [];
  for (const name of [...people, ...authored]) {
    const k = key(name);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    partners.push({ name: tidy(name), agreed: agreed.has(k) });
  }
  return partners;
}

const ids = ['a', 'a1', 'b', 'c', 'x'];
const list: fc.Arbitrary<ActivityList> = fc
  .record({
    mode: fc.constantFrom('choose', 'inventory'),
    strategies: fc.array(
      fc.record({ id: fc.constantFrom('s1', 's2', 's3', 's4'), activities: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 3 }) }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ mode, strategies }) => ({
    ...ESSENTIAL_LIST_2020_21,
    mode,
    strategies: strategies.map((s, i) => ({ id: s.id, title: `Strategy ${i}`, description: '', activities: s.activities.map((id) => ({ id, text: id })) })),
  }) as ActivityList);
const rules: fc.Arbitrary<Rules> = fc.record({
  minPerStrategy: fc.nat(3),
  maxTotal: fc.option(fc.nat(6), { nil: null }),
  minutes: fc.constant(null),
}) as fc.Arbitrary<Rules>;

// Names a room really sees, and the ones sorting could trip on: case and spacing variants, "é" composed and decomposed.
const name = fc.constantFrom('Ana', 'ana', ' Ana  ', 'Ben', 'José', 'Jose\u0301', 'Zoë', '', '  ', 'Émile', 'emile');
const at = fc.integer({ min: 0, max: 4 });
const mark = fc.option(fc.constantFrom<Mark>('now', 'future'), { nil: undefined });
const withMark = <T extends object>(value: T, m: Mark | undefined): T => (m === undefined ? value : { ...value, mark: m });
const plan = (strategyIds: fc.Arbitrary<string>): fc.Arbitrary<PlanSnapshot> =>
  fc
    .record({
      picks: fc.dictionary(fc.constantFrom(...ids, 'unknown'), fc.record({ name, at, mark })),
      writeIns: fc.dictionary(fc.constantFrom('w-1', 'w-2', 'w-3'), fc.record({ strategyId: strategyIds, name, at, mark })),
      agreements: fc.dictionary(fc.constantFrom('p-1', 'p-2', 'p-3'), fc.record({ name, at, current: fc.boolean() })),
    })
    .map(({ picks, writeIns, agreements }) => {
      const plan: PlanSnapshot = {
        picks: Object.fromEntries(Object.entries(picks).map(([id, p]) => [id, withMark<PickValue>({ by: 'p-1', name: p.name, at: p.at }, p.mark)])),
        writeIns: Object.fromEntries(
          Object.entries(writeIns).map(([id, w]) => [id, withMark<WriteIn>({ strategyId: w.strategyId, by: 'p-2', name: w.name, at: w.at, text: id }, w.mark)]),
        ),
        details: {},
        agreements: {},
        help: null,
      };
      const fingerprint = planFingerprint(plan);
      const agreed: Record<string, Agreement> = Object.fromEntries(
        Object.entries(agreements).map(([id, a]) => [id, { name: a.name, at: a.at, fingerprint: a.current ? fingerprint : 'stale000' }]),
      );
      return { ...plan, agreements: agreed };
    });

describe('the rules engine counts without maps', () => {
  it('evaluatePlan answers what the obvious version answers, for every list, rule and plan', () => {
    fc.assert(
      fc.property(list, rules, fc.constantFrom('s1', 's2', 's3', 's4', 'elsewhere').chain((s) => plan(fc.constantFrom(s, 's1', 's2', 'nowhere'))), (l, r, p) => {
        expect(evaluatePlan(p, l, r)).toEqual(obviousEvaluation(p, l, r));
      }),
      { numRuns: 400 },
    );
  });

  it('a repeated strategy id shares its count, as before', () => {
    const l = { ...ESSENTIAL_LIST_2020_21, mode: 'choose', strategies: [
      { id: 's', title: 'One', description: '', activities: [{ id: 'a', text: 'a' }] },
      { id: 's', title: 'Two', description: '', activities: [{ id: 'b', text: 'b' }] },
    ] } as ActivityList;
    const p = { picks: { a: { by: 'p', name: 'Ana', at: 1 } }, writeIns: {} };
    const evaluation = evaluatePlan(p, l, { minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(evaluation.strategies.map((s) => s.count)).toEqual([1, 1]);
    expect(evaluation).toEqual(obviousEvaluation(p, l, { minPerStrategy: 0, maxTotal: null, minutes: null }));
  });
});

describe('the partners list sorts each author once', () => {
  const people: fc.Arbitrary<PairPeople> = fc.record({
    members: fc.array(name, { maxLength: 2 }),
    joined: fc.array(name, { maxLength: 2 }),
    present: fc.array(name.map((n) => ({ name: n })), { maxLength: 2 }),
  });

  it('planPartners names the same partners, in the same order, agreed the same, as sorting every authored entry', () => {
    fc.assert(
      fc.property(plan(fc.constant('s1')), people, (p, pair) => {
        expect(planPartners(p, pair)).toEqual(obviousPartners(p, pair));
        expect(planPartners(p)).toEqual(obviousPartners(p));
      }),
      { numRuns: 400 },
    );
  });

  it('the agreements a caller passes give what working them out gives', () => {
    fc.assert(
      fc.property(plan(fc.constant('s1')), people, (p, pair) => {
        expect(planPartners(p, pair, agreementStatus(p, false, ['p-9']).agreed)).toEqual(planPartners(p, pair));
      }),
    );
  });

  it('at the same moment, names that sort as equal keep the order their entries came in', () => {
    // "José" composed and decomposed compare as equal: both first acted at 3, the composed one's entry came first.
    const p: PlanSnapshot = {
      picks: { a: { by: 'p-1', name: 'Jose\u0301', at: 5 }, b: { by: 'p-2', name: 'José', at: 3 }, c: { by: 'p-1', name: 'Jose\u0301', at: 3 } },
      writeIns: {},
      details: {},
      agreements: {},
      help: null,
    };
    expect(planPartners(p).map((x) => x.name)).toEqual(['José', 'Jose\u0301']);
    expect(planPartners(p)).toEqual(obviousPartners(p));
  });
});
