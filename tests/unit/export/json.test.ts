import { describe, expect, it } from 'vitest';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { parseWorkshopJson } from '../../../shared/export/parseWorkshopJson.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { toWorkshopJson, toWorkshopValue } from '../../../shared/export/toWorkshopJson.js';
import type { WorkshopExport } from '../../../shared/export/types.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { ANA, LIST, T0, essentialPlan, smallInput, smallPlan } from './fixtures.js';

const WORKSHOP: WorkshopExport & { keyHash: string; joinCode: string } = {
  title: 'Leaders workshop',
  list: LIST,
  rules: LIST.rules,
  pairs: [
    { n: 1, members: [{ name: 'Cy Lee', email: 'cy@example.org' }, { name: 'Dee' }] },
    { n: 2, members: [] },
    { n: 3, members: [] },
  ],
  keyHash: 'secret-hash',
  joinCode: 'ABCD-EFGH',
};
const PAIRS = [
  { n: 3, plan: smallPlan() },
  { n: 1, plan: essentialPlan() },
];

describe('toPlanJson', () => {
  it('matches the golden JSON of a fixed plan', () => {
    const value = JSON.parse(toPlanJson(smallInput()));
    expect(value).toEqual({
      format: 'pairplan-plan',
      version: 2,
      exportedAt: '2020-09-15T14:01:00.000Z',
      workshop: 'Leaders workshop',
      pair: 3,
      partners: [
        { name: 'Ana Pérez', agreed: true },
        { name: 'Ben Okafor', agreed: true },
      ],
      list: { id: 'essential-2020-21', title: 'Most Essential List 2020-21', mode: 'choose', source: LIST.source },
      rules: { minPerStrategy: 1, maxTotal: 14, minutes: 20 },
      status: {
        chosen: 3,
        maxTotal: 14,
        strategiesCovered: 3,
        strategies: 6,
        missing: ['guide-learning', 'share-knowledge', 'document-progress'],
        valid: false,
        agreed: false,
        agreedBy: [],
        agreedAt: null,
        agreementCovers: createTranslate('en')('agreement.covers'),
      },
      activities: [
        {
          strategyId: 'create-awareness',
          strategy: 'Create awareness',
          itemId: 'create-awareness-1',
          text: LIST.strategies[0].activities[0].text,
          kind: 'listed',
          mark: null,
          goals: ['district'],
          note: 'Before October, with the "ATP" chairs',
          split: false,
          timeline: 'Sept 2020',
          responsible: 'Ana',
          resources: '$0',
          chosenBy: 'Ana Pérez',
          at: '2020-09-15T14:00:01.000Z',
        },
        expect.objectContaining({ itemId: 'align-program-policy-2', kind: 'listed', chosenBy: 'Ben Okafor' }),
        expect.objectContaining({ itemId: 'w-family', kind: 'write-in', split: true, goals: ['schools', 'district'] }),
      ],
      plan: smallPlan(),
    });
  });

  it('is pretty-printed with a final newline', () => {
    const text = toPlanJson(smallInput());
    expect(text.startsWith('{\n  "format": "pairplan-plan",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('toWorkshopJson', () => {
  it('holds title, list, rules, roster and every pair in order, and no secret', () => {
    const text = toWorkshopJson(WORKSHOP, PAIRS, T0);
    const value = JSON.parse(text);
    expect(Object.keys(value)).toEqual(['format', 'version', 'exportedAt', 'title', 'list', 'rules', 'pairs']);
    expect(value).toMatchObject({ format: 'pairplan-workshop', version: 1, exportedAt: '2020-09-15T14:00:00.000Z', title: 'Leaders workshop' });
    expect(value.list).toEqual(LIST);
    expect(value.pairs.map((p: { n: number }) => p.n)).toEqual([1, 2, 3]);
    expect(value.pairs[0].members).toEqual([{ name: 'Cy Lee', email: 'cy@example.org' }, { name: 'Dee' }]);
    expect(value.pairs[1].plan).toEqual(EMPTY_SNAPSHOT);
    expect(value.pairs[2].plan).toEqual(smallPlan());
    expect(text).not.toContain('secret-hash');
    expect(text).not.toContain('ABCD-EFGH');
  });
});

describe('parseWorkshopJson', () => {
  const valid = () => JSON.parse(toWorkshopJson(WORKSHOP, PAIRS, T0));
  const errorOf = (value: unknown): string => {
    const result = parseWorkshopJson(value);
    if (result.ok) throw new Error('expected an error');
    return result.error;
  };

  it('reads back what toWorkshopJson wrote (value or text)', () => {
    const result = parseWorkshopJson(toWorkshopJson(WORKSHOP, PAIRS, T0));
    expect(result).toEqual({ ok: true, value: toWorkshopValue(WORKSHOP, PAIRS, T0) });
    expect(parseWorkshopJson(valid()).ok).toBe(true);
  });

  it.each(BUILT_IN_LISTS.map((l) => [l.id, l] as const))('accepts a workshop on the built-in list %s', (_id, list) => {
    const result = parseWorkshopJson(toWorkshopJson({ ...WORKSHOP, list, rules: list.rules }, []));
    expect(result.ok && result.value.list).toEqual(list);
  });

  it('ignores unknown fields', () => {
    const result = parseWorkshopJson({ ...valid(), keyHash: 'x', joinCode: 'y' });
    expect(result.ok && Object.keys(result.value)).toEqual(['format', 'version', 'exportedAt', 'title', 'list', 'rules', 'pairs']);
  });

  it.each<[string, (v: any) => unknown, string | RegExp]>([
    ['text that is not JSON', () => '{"format":', /^The file is not valid JSON: /],
    ['an array', () => [], 'The workshop file must be a JSON object.'],
    ['another kind of file', (v) => ({ ...v, format: 'pairplan-plan' }), /^format: this is not a pairplan workshop file/],
    ['a newer version', (v) => ({ ...v, version: 2 }), 'version: 2 is not supported; this server reads version 1.'],
    ['a missing title', (v) => ({ ...v, title: undefined }), 'title: is required'],
    ['a blank title', (v) => ({ ...v, title: '   ' }), 'title: is empty'],
    ['no pairs', (v) => ({ ...v, pairs: [] }), 'pairs: has no pairs'],
    ['a pair number of 0', (v) => (v.pairs[0].n = 0, v), 'pairs[0].n: must be at least 1'],
    ['a pair twice', (v) => (v.pairs[1].n = 1, v), 'pairs[1].n: pair 1 appears twice'],
    ['rules out of range', (v) => (v.rules.minutes = 999, v), /^rules\.minutes: /],
    ['an unknown activity', (v) => (v.pairs[2].plan.picks['x-9'] = { by: 'p', name: 'A', at: 1 }, v), 'pairs[2].plan.picks["x-9"]: unknown activity'],
    ['a pick without author', (v) => (v.pairs[2].plan.picks['create-awareness-1'] = { at: 1 }, v), 'pairs[2].plan.picks["create-awareness-1"]: author id missing or too long'],
    ['a mark when choosing', (v) => (v.pairs[2].plan.picks['create-awareness-1'].mark = 'now', v), /picks\["create-awareness-1"\]: has a mark, but marks are for inventory lists/],
    ['a bad write-in id', (v) => (v.pairs[2].plan.writeIns['zz'] = { ...v.pairs[2].plan.writeIns['w-family'] }, v), /^pairs\[2\]\.plan\.writeIns\.zz: a write-in id starts with "w-"/],
    ['a write-in for an unknown strategy', (v) => (v.pairs[2].plan.writeIns['w-family'].strategyId = 'nope', v), 'pairs[2].plan.writeIns["w-family"].strategyId: unknown strategy'],
    ['a note too long', (v) => (v.pairs[2].plan.details['w-family'].note = 'x'.repeat(501), v), 'pairs[2].plan.details["w-family"].note: note longer than 500 characters'],
    ['an unknown goal', (v) => (v.pairs[2].plan.details['w-family'].goals = ['moon'], v), 'pairs[2].plan.details["w-family"].goals: unknown goal'],
    ['details for an unknown item', (v) => (v.pairs[2].plan.details['nope'] = { note: 'x' }, v), 'pairs[2].plan.details.nope: details for an unknown item'],
    ['a list with a duplicate activity id', (v) => (v.list.strategies[1].activities[0].id = 'create-awareness-1', v), 'list.strategies[1].activities[0].id: "create-awareness-1" is used twice'],
    ['an activity id like a write-in id', (v) => (v.list.strategies[0].activities[0].id = 'w-1', v), /^list\.strategies\[0\]\.activities\[0\]\.id: must not start with "w-"/],
    ['an unknown mode', (v) => (v.list.mode = 'vote', v), 'list.mode: must be "choose" or "inventory"'],
  ])('names the problem with %s', (_name, change, expected) => {
    const error = errorOf(change(valid()));
    if (typeof expected === 'string') expect(error).toBe(expected);
    else expect(error).toMatch(expected);
  });

  it('requires marks in an inventory list', () => {
    const list: ActivityList = { ...LIST, mode: 'inventory' };
    const plan = { ...EMPTY_SNAPSHOT, picks: { 'create-awareness-1': { ...ANA, at: T0 } } };
    const value = JSON.parse(toWorkshopJson({ ...WORKSHOP, list }, [{ n: 1, plan }]));
    expect(errorOf(value)).toBe('pairs[0].plan.picks["create-awareness-1"]: needs a mark ("now" or "future") in an inventory list');
  });
});
