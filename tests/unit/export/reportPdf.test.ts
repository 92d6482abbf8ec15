/** report.pdf: the report's sections and every pair's plan, in English and Spanish, on Letter or A4. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { reportPdf } from '../../../server/export/reportPdf.js';
import { planPdf } from '../../../server/export/planPdf.js';
import type { WorkshopFileInput } from '../../../shared/export/formats.js';
import { normaliseText, pdfPages, pdfText, renderFirstPage, savePdf } from '../../utils/pdf.js';
import { smallInput, T0 } from './fixtures.js';
import { REPORT_PAIRS, REPORT_WORKSHOP } from './reportFixtures.js';

const input = (overrides: Partial<WorkshopFileInput> = {}): WorkshopFileInput => ({ workshop: REPORT_WORKSHOP, pairs: REPORT_PAIRS, lang: 'en', exportedAt: T0, ...overrides });
/** The first page's size in points ("612 x 792"), as pdfinfo reads it. */
const pageSize = (path: string) => /^Page size:\s+([\d.]+ x [\d.]+) pts/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];

describe('report.pdf', () => {
  it('has the workshop, participation, the tally, consensus, contested, write-ins and every plan', async () => {
    const path = savePdf(await reportPdf(input()), 'report-en.pdf');
    const text = normaliseText(pdfText(path));
    for (const part of [
      'Workshop report',
      'District leaders, fall',
      'Date: 2020-09-15',
      `Source: ${normaliseText(REPORT_WORKSHOP.list.source)}`,
      'Rules: at least 0 per strategy',
      'Pairs: 4',
      'Partners who joined: 8',
      'Pairs that agreed on their plan: 1',
      'Consensus picks: chosen by at least 2 of 3 pairs (50 %)',
      'Contested: chosen, and flagged “we split on this”',
      '1 of 2 split',
      'Family café! — 2 (pairs 1, 3)',
      'Leadership Plan for Partnerships',
      'Pair 4',
    ]) {
      expect(text).toContain(part);
    }
    // The summary, then each of the four plans from the top of its own page.
    expect(pdfPages(path)).toBeGreaterThanOrEqual(5);
    expect(text).toMatch(/Page 1 of \d+/);
    renderFirstPage(path, 80);
  });

  it('is in Spanish with ?lang=es, on A4 by default', async () => {
    const path = savePdf(await reportPdf(input({ lang: 'es' })), 'report-es.pdf');
    const text = normaliseText(pdfText(path));
    expect(text).toContain('Informe del taller');
    expect(text).toContain('Elecciones de consenso');
    expect(text).not.toContain('Consensus picks');
    expect(pageSize(path)).toBe('595.28 x 841.89');
    renderFirstPage(path, 80);
  });

  it('is on Letter in English, on the paper chosen otherwise', async () => {
    expect(pageSize(savePdf(await reportPdf(input()), 'report-letter.pdf'))).toBe('612 x 792');
    expect(pageSize(savePdf(await reportPdf(input({ paper: 'a4' })), 'report-a4.pdf'))).toBe('595.28 x 841.89');
    expect(pageSize(savePdf(await reportPdf(input({ lang: 'es', paper: 'letter' })), 'report-es-letter.pdf'))).toBe('612 x 792');
  });
});

describe('plan.pdf paper', () => {
  it('is Letter unless A4 is asked for', async () => {
    expect(pageSize(savePdf(await planPdf({ ...smallInput(), exportedAt: T0 }), 'plan-letter.pdf'))).toBe('612 x 792');
    const a4 = savePdf(await planPdf({ ...smallInput(), exportedAt: T0, paper: 'a4' }), 'plan-a4.pdf');
    expect(pageSize(a4)).toBe('595.28 x 841.89');
    expect(pdfPages(a4)).toBe(1);
  });
});
