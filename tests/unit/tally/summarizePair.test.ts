import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import { pairState, summarizePair, type PairState } from '../../../shared/tally/summarizePair.js';

const pick = { by: 'p-ana', name: 'Ana', at: 1 };
const plan = (ids: readonly string[]): PlanSnapshot => ({ ...EMPTY_SNAPSHOT, picks: Object.fromEntries(ids.map((id) => [id, pick])) });
const firstOfEach = LIST.strategies.map((s) => s.activities[0].id);
const all = LIST.strategies.flatMap((s) => s.activities.map((a) => a.id));

describe('pairState', () => {
  const cases: [string, Parameters<typeof pairState>[0], PairState][] = [
    ['untouched', { chosenCount: 0, overMax: false, valid: false, agreed: false, touched: false }, 'not-started'],
    ['touched, nothing chosen', { chosenCount: 0, overMax: false, valid: false, agreed: false, touched: true }, 'drafting'],
    ['some chosen, strategies missing', { chosenCount: 3, overMax: false, valid: false, agreed: false, touched: true }, 'drafting'],
    ['over the maximum', { chosenCount: 15, overMax: true, valid: false, agreed: false, touched: true }, 'breaking-rule'],
    ['every rule holds', { chosenCount: 6, overMax: false, valid: true, agreed: false, touched: true }, 'valid'],
    ['agreed', { chosenCount: 6, overMax: false, valid: true, agreed: true, touched: true }, 'agreed'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(pairState(input)).toBe(expected);
  });
});

describe('summarizePair', () => {
  const summarize = (p: PlanSnapshot) => summarizePair({ n: 1, plan: p, list: LIST, rules: LIST.rules, present: [], lastChangeAt: null });

  it('calls a plan that is still missing strategies "drafting", not "breaking a rule"', () => {
    const s = summarize(plan(['create-awareness-1']));
    expect(s.state).toBe('drafting');
    expect(s.valid).toBe(false);
    expect(s.missing).toHaveLength(5);
  });

  it('calls a plan over the maximum "breaking a rule"', () => {
    expect(summarize(plan(all.slice(0, 15))).state).toBe('breaking-rule');
  });

  it('calls a plan that covers every strategy within the maximum "valid"', () => {
    expect(summarize(plan(firstOfEach)).state).toBe('valid');
  });

  it('calls an empty plan "not started"', () => {
    expect(summarize(EMPTY_SNAPSHOT).state).toBe('not-started');
  });
});
