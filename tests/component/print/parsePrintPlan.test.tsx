import { describe, expect, it } from 'vitest';
import { parsePrintPlan } from '../../../client/features/print/printPlan.js';

const row = (extra: Record<string, unknown>) => ({ strategyId: 's1', strategy: 'S', itemId: 'a1', text: 'Do it', kind: 'listed', ...extra });
const plan = (activities: unknown[]) => ({ workshop: 'W', pair: 1, list: { title: 'L', source: '' }, status: {}, activities });

describe('parsePrintPlan', () => {
  it('keeps the marks and goals the document knows (shared MARKS and GOALS)', () => {
    const [parsed] = parsePrintPlan(plan([row({ mark: 'future', goals: ['schools', 'district'] })])).activities;
    expect([parsed.mark, parsed.goals]).toEqual(['future', ['schools', 'district']]);
  });

  it('drops a mark or a goal it does not know, so no raw i18n key is printed', () => {
    const [parsed] = parsePrintPlan(plan([row({ mark: 'someday', goals: ['district', 'world', 7] })])).activities;
    expect([parsed.mark, parsed.goals]).toEqual([null, ['district']]);
  });
});
