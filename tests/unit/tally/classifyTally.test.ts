import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import { aggregatePlans } from '../../../shared/tally/aggregatePlans.js';
import { classifyTally, consensusThreshold, DEFAULT_CONSENSUS_SHARE } from '../../../shared/tally/classifyTally.js';

const ALL = LIST.strategies.flatMap((s) => s.activities.map((a) => a.id));
const pick = { by: 'p', name: 'Ana', at: 1 };
const plan = (ids: readonly string[], splits: readonly string[] = []): PlanSnapshot => ({
  ...EMPTY_SNAPSHOT,
  picks: Object.fromEntries(ids.map((id) => [id, pick])),
  details: Object.fromEntries(splits.map((id) => [id, { split: true }])),
});
const tallyOf = (plans: PlanSnapshot[]) => aggregatePlans(plans.map((p, i) => ({ n: i + 1, plan: p })), LIST);
const ids = (rows: readonly { activityId: string }[]) => rows.map((r) => r.activityId);
const [A, B, C] = ALL;

describe('consensusThreshold', () => {
  it.each([
    [4, 0.5, 2],
    [5, 0.5, 3],
    [3, 0.67, 3],
    [3, 0.34, 2],
    [8, 1, 8],
    [0, 0.5, 1],
    [4, 0, 1],
    [4, Number.NaN, 2],
  ])('%i active pairs at %f need %i', (active, share, expected) => {
    const t = tallyOf(Array.from({ length: active }, () => plan([A])));
    expect(consensusThreshold(t, share)).toBe(expected);
  });
});

describe('classifyTally', () => {
  it('picks what at least half the active pairs chose by default, most chosen first', () => {
    const t = tallyOf([plan([A, B]), plan([B]), plan([B, C]), plan([A]), plan([])]);
    const c = classifyTally(t);
    expect(c.threshold).toBe(2);
    expect(ids(c.consensus)).toEqual([B, A]);
    expect(c.consensus[0].strategy).toBe(LIST.strategies[0].title);
  });

  it('calls contested what a pair chose but split on, and not what was only chosen', () => {
    const t = tallyOf([plan([A, B], [B]), plan([B])]);
    const c = classifyTally(t);
    expect(ids(c.contested)).toEqual([B]);
    expect(c.contested[0].split).toBe(1);
  });

  it('ignores a split flag left on an activity the pair no longer chose', () => {
    const c = classifyTally(tallyOf([plan([A], [B])]));
    expect(c.contested).toEqual([]);
    expect(ids(c.notChosen)).toContain(B);
  });

  it('lists everything as not chosen, and nothing as consensus, while no pair chose anything', () => {
    const c = classifyTally(tallyOf([plan([]), plan([])]));
    expect(c.consensus).toEqual([]);
    expect(ids(c.notChosen)).toEqual(ALL);
  });

  it('defaults to half', () => {
    expect(DEFAULT_CONSENSUS_SHARE).toBe(0.5);
  });

  const plans = fc.array(
    fc.record({ chosen: fc.subarray(ALL), splitShare: fc.double({ min: 0, max: 1, noNaN: true }) }).map(({ chosen, splitShare }) => plan(chosen, chosen.slice(0, Math.floor(chosen.length * splitShare)))),
    { maxLength: 12 },
  );
  const share = fc.double({ min: 0, max: 1, noNaN: true });

  it('never calls a consensus pick or a contested activity "not chosen", and covers every activity once in chosen or not', () => {
    fc.assert(
      fc.property(plans, share, (ps, s) => {
        const t = tallyOf(ps);
        const c = classifyTally(t, s);
        const notChosen = new Set(ids(c.notChosen));
        expect(ids(c.consensus).filter((id) => notChosen.has(id))).toEqual([]);
        expect(ids(c.contested).filter((id) => notChosen.has(id))).toEqual([]);
        const chosen = t.strategies.flatMap((st) => st.rows).filter((r) => r.count > 0).length;
        expect(chosen + c.notChosen.length).toBe(ALL.length);
        // The counts sum to the picks made.
        const picks = ps.reduce((n, p) => n + Object.keys(p.picks).length, 0);
        expect(t.strategies.flatMap((st) => st.rows).reduce((n, r) => n + r.count, 0)).toBe(picks);
      }),
    );
  });

  it('asks for more pairs as the share grows, so a higher share never adds a pick', () => {
    fc.assert(
      fc.property(plans, share, share, (ps, s1, s2) => {
        const t = tallyOf(ps);
        const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        const high = new Set(ids(classifyTally(t, hi).consensus));
        const low = new Set(ids(classifyTally(t, lo).consensus));
        expect([...high].every((id) => low.has(id))).toBe(true);
      }),
    );
  });

  it('gives the same groups whatever order the pairs come in', () => {
    fc.assert(
      fc.property(plans, share, (ps, s) => {
        const forward = classifyTally(tallyOf(ps), s);
        const backward = classifyTally(tallyOf([...ps].reverse()), s);
        expect(ids(backward.consensus).sort()).toEqual(ids(forward.consensus).sort());
        expect(ids(backward.contested).sort()).toEqual(ids(forward.contested).sort());
      }),
    );
  });
});
