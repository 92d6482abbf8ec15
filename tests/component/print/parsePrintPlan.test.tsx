import { describe, expect, it } from 'vitest';
import { parsePrintPlan } from '../../../client/features/print/printPlan.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { smallInput } from '../../unit/export/fixtures.js';

/** A real plan.json (as the server writes it) with its first activity's mark and goals replaced. */
function planWith(first: Record<string, unknown>): unknown {
  const plan = JSON.parse(toPlanJson(smallInput())) as { activities: Record<string, unknown>[] };
  plan.activities[0] = { ...plan.activities[0], ...first };
  return plan;
}

describe('parsePrintPlan', () => {
  it('reads plan.json with the schema it was written by', () => {
    const parsed = parsePrintPlan(JSON.parse(toPlanJson(smallInput())));
    expect(parsed.activities.length).toBeGreaterThan(0);
    expect(parsed.partners.map((p) => p.name)).toEqual(['Ana Pérez', 'Ben Okafor']);
    expect(() => parsePrintPlan({ workshop: 'W' })).toThrow(/Unexpected answer/);
  });

  it('keeps the marks and goals the document knows (shared MARKS and GOALS)', () => {
    const [parsed] = parsePrintPlan(planWith({ mark: 'future', goals: ['schools', 'district'] })).activities;
    expect([parsed.mark, parsed.goals]).toEqual(['future', ['schools', 'district']]);
  });

  it('drops a mark or a goal it does not know, so no raw i18n key is printed', () => {
    const [parsed] = parsePrintPlan(planWith({ mark: 'someday', goals: ['district', 'world', 7] })).activities;
    expect([parsed.mark, parsed.goals]).toEqual([null, ['district']]);
  });
});
