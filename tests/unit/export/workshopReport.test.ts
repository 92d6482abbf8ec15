import { describe, expect, it } from 'vitest';
import { workshopReport } from '../../../shared/export/workshopReport.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { T0 } from './fixtures.js';
import { A, B, C, REPORT_PAIRS, REPORT_WORKSHOP } from './reportFixtures.js';

const report = (share?: number) => workshopReport(REPORT_WORKSHOP, REPORT_PAIRS, { t: createTranslate('en'), exportedAt: T0, share });
const ids = (rows: readonly { activityId: string }[]) => rows.map((r) => r.activityId);

describe('the workshop report', () => {
  it('counts pairs, partners who joined, who is present, pairs that chose and pairs that agreed', () => {
    // Partners: Rosa (pair 1's roster), Ana and Ben (the authors of pairs 1–3), Xavier (present in pair 3): 3 + 2 + 3.
    expect(report().participation).toEqual({ pairs: 4, partners: 8, present: 1, active: 3, agreed: 1 });
  });

  it('has the consensus picks at 50 % of the active pairs, the contested ones and the grouped write-ins', () => {
    const r = report();
    expect(r.classes.threshold).toBe(2);
    expect(ids(r.classes.consensus)).toEqual([A, B]);
    expect(ids(r.classes.contested)).toEqual([B]);
    expect(r.classes.notChosen.map((x) => x.activityId)).not.toContain(C);
    // "Family café!" and "FAMILY café" are one idea; "family cafe" (no accent) is another.
    expect(r.writeIns.map((g) => [g.text, g.pairs])).toEqual([
      ['Family café!', [1, 3]],
      ['family cafe', [2]],
    ]);
  });

  it('takes another share when the leader sets one', () => {
    expect(ids(report(1).classes.consensus)).toEqual([A]);
  });

  it('has the list, its citation, the rules and the date in the workshop’s time zone', () => {
    const r = report();
    expect(r.listTitle).toContain(REPORT_WORKSHOP.list.title);
    expect(r.source).toBe(REPORT_WORKSHOP.list.source.trim());
    expect(r.rules).toBe(`at least 0 per strategy · at most ${REPORT_WORKSHOP.rules.maxTotal} in total`);
    // 2020-09-15 14:00 UTC is 09:00 in Chicago: the same day.
    expect(r.date).toBe('2020-09-15');
    expect(workshopReport(REPORT_WORKSHOP, REPORT_PAIRS, { t: createTranslate('en'), exportedAt: Date.UTC(2020, 8, 16, 3) }).date).toBe('2020-09-15');
  });

  it("has every pair's plan, in pair order, as its exports are made", () => {
    const r = report();
    expect(r.plans.map((p) => p.pair)).toEqual([1, 2, 3, 4]);
    expect(r.plans[0].timeZone).toBe('America/Chicago');
    expect(r.plans[0].partners.map((p) => p.name)).toContain('Rosa Díaz');
  });
});
