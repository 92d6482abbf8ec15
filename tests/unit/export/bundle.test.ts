import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import type { WorkshopExport } from '../../../shared/export/types.js';
import { buildBundle } from '../../../server/export/bundle.js';
import { LIST, T0, essentialPlan, smallPlan } from './fixtures.js';

const workshopOf = (pairs: number): WorkshopExport => ({
  title: 'Leaders workshop',
  list: LIST,
  rules: LIST.rules,
  pairs: Array.from({ length: pairs }, (_, i) => ({ n: i + 1, members: [] })),
});

describe('buildBundle', () => {
  it('holds each pair’s PDF, Markdown and CSV, plus plans.csv, tally.csv and the report', async () => {
    const zip = await buildBundle({
      workshop: workshopOf(3),
      pairs: [
        { n: 2, plan: EMPTY_SNAPSHOT },
        { n: 1, plan: smallPlan() },
        { n: 3, plan: essentialPlan() },
      ],
      exportedAt: T0,
    });
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        ...[1, 2, 3].flatMap((n) => ['pdf', 'md', 'csv'].map((ext) => `leaders-workshop-pair-${n}-plan.${ext}`)),
        'leaders-workshop-plans.csv',
        'leaders-workshop-tally.csv',
        'leaders-workshop-report.pdf',
      ].sort(),
    );
    expect(strFromU8(files['leaders-workshop-pair-1-plan.pdf'].subarray(0, 5))).toBe('%PDF-');
    expect(strFromU8(files['leaders-workshop-report.pdf'].subarray(0, 5))).toBe('%PDF-');
    expect(strFromU8(files['leaders-workshop-pair-1-plan.md'])).toMatch(/^# Leadership Plan for Partnerships\n/);
    expect([...files['leaders-workshop-plans.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['leaders-workshop-plans.csv'])).toMatch(/^Workshop,Pair,Partners,/);
    const chose = [smallPlan(), essentialPlan()].filter((p) => p.picks['create-awareness-1']).length;
    expect(strFromU8(files['leaders-workshop-tally.csv']).split('\r\n')[1]).toMatch(new RegExp(`^Create awareness,.*,listed,${chose},$`));
  });

  it('builds 100 pairs’ bundle (timing logged, not asserted)', async () => {
    const pairs = Array.from({ length: 100 }, (_, i) => ({ n: i + 1, plan: essentialPlan() }));
    const started = performance.now();
    const zip = await buildBundle({ workshop: workshopOf(100), pairs, exportedAt: T0 });
    const ms = performance.now() - started;
    expect(Object.keys(unzipSync(zip))).toHaveLength(303);
    console.info(`bundle.zip for 100 pairs (14 activities each): ${Math.round(ms)} ms, ${zip.length} bytes`);
  }, 60_000);
});
