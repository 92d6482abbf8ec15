/**
 * One set of bounds (shared/rules/ruleBounds.ts, shared/protocol/limits.ts)
 * and every place that checks them: the server's body schema and the
 * set-up form accept each edge and refuse one past it, so the form never
 * sends what the server will refuse, nor refuses what it would take.
 */
import { describe, expect, it } from 'vitest';
import { initialSetup, setupReducer, toCreateBody, type RuleField } from '../../../client/features/setup/setupForm.js';
import { createWorkshopBody, rulesBody } from '../../../shared/protocol/bodies.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import { WORKSHOP_LIMITS } from '../../../shared/protocol/limits.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';

const RULES = { minPerStrategy: 1, maxTotal: 14, minutes: 20 };
const FIELDS = Object.keys(RULE_BOUNDS) as RuleField[];

const serverTakes = (field: RuleField, value: number): boolean => rulesBody.safeParse({ ...RULES, [field]: value }).success;
const formTakes = (field: RuleField, value: number): boolean =>
  toCreateBody(setupReducer(initialSetup(LIST), { type: 'rule', field, value: String(value) })).ok;

describe('RULE_BOUNDS', () => {
  it.each(FIELDS)('is what the server and the set-up form both take for %s', (field) => {
    const { min, max } = RULE_BOUNDS[field];
    for (const value of [min, max]) expect([field, value, serverTakes(field, value), formTakes(field, value)]).toEqual([field, value, true, true]);
    for (const value of [min - 1, max + 1]) expect([field, value, serverTakes(field, value), formTakes(field, value)]).toEqual([field, value, false, false]);
  });
});

describe('WORKSHOP_LIMITS', () => {
  it('bounds the pairs and the title the server takes', () => {
    expect(createWorkshopBody.safeParse({ pairs: WORKSHOP_LIMITS.pairs }).success).toBe(true);
    expect(createWorkshopBody.safeParse({ pairs: WORKSHOP_LIMITS.pairs + 1 }).success).toBe(false);
    expect(createWorkshopBody.safeParse({ title: 'x'.repeat(WORKSHOP_LIMITS.title) }).success).toBe(true);
    expect(createWorkshopBody.safeParse({ title: 'x'.repeat(WORKSHOP_LIMITS.title + 1) }).success).toBe(false);
  });

  it('is what the set-up form takes for the number of pairs', () => {
    const withPairs = (n: number) => toCreateBody(setupReducer(initialSetup(LIST), { type: 'pairCount', value: String(n) })).ok;
    expect([withPairs(WORKSHOP_LIMITS.pairs), withPairs(WORKSHOP_LIMITS.pairs + 1)]).toEqual([true, false]);
  });
});
