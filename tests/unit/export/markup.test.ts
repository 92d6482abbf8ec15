/** User text that looks like markup, formulas or HTML stays the same text in every format. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { toPlanCsv } from '../../../shared/export/toPlanCsv.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { toPlanMarkdown } from '../../../shared/export/toPlanMarkdown.js';
import { planPdf } from '../../../server/export/planPdf.js';
import { normaliseText, pdfText, savePdf } from '../../utils/pdf.js';
import { LIST, T0, smallInput } from './fixtures.js';

const NAME = '**Eve**<img src=x onerror=alert(1)>';
const WRITE_IN = '[Click here](javascript:alert(1)) | # Not a heading';
const NOTE = '=HYPERLINK("http://evil.example","win") _and_ `code` <b>bold</b>';
const RESOURCES = '-$500 @budget';

const hostilePlan: PlanSnapshot = {
  ...EMPTY_SNAPSHOT,
  picks: { 'create-awareness-1': { by: 'p-eve', name: NAME, at: T0 } },
  writeIns: { 'w-x': { strategyId: 'share-knowledge', text: WRITE_IN, by: 'p-eve', name: NAME, at: T0 + 1 } },
  details: { 'w-x': { note: NOTE, resources: RESOURCES }, 'create-awareness-1': { timeline: '+1 week' } },
};
const input = smallInput({ plan: hostilePlan, partners: [{ name: NAME, agreed: false }] });

describe('markup in names, write-ins and notes', () => {
  it('is escaped in Markdown, so nothing renders as markup or HTML', () => {
    const md = toPlanMarkdown(input);
    expect(md).toContain('\\*\\*Eve\\*\\*\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('\\[Click here\\](javascript:alert(1)) \\| # Not a heading');
    expect(md).toContain('=HYPERLINK("http://evil.example","win") \\_and\\_ \\`code\\` \\<b\\>bold\\</b\\>');
    expect(md).not.toMatch(/(^|[^\\])<(img|b)\b/);
    expect(md).not.toMatch(/(^|[^\\])\[Click/);
    // The draft table keeps five columns: the write-in's "|" is escaped.
    const row = md.split('\n').find((l) => l.startsWith('| ') && l.includes('Click here'))!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(5);
  });

  it('is the same text in CSV, with formula starts neutralised', () => {
    const rows = Papa.parse<string[]>(toPlanCsv(input).slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    const writeIn = rows.find((r) => r[1] === WRITE_IN)!;
    expect(writeIn[5]).toBe(`'${NOTE}`);
    expect(writeIn[9]).toBe(`'${RESOURCES}`);
    expect(writeIn[10]).toBe(NAME);
    expect(rows.find((r) => r[1] === LIST.strategies[0].activities[0].text)![7]).toBe("'+1 week");
  });

  it('is the same text in JSON', () => {
    const value = JSON.parse(toPlanJson(input));
    expect(value.partners).toEqual([{ name: NAME, agreed: false }]);
    const writeIn = value.activities.find((a: { itemId: string }) => a.itemId === 'w-x');
    expect(writeIn).toMatchObject({ text: WRITE_IN, note: NOTE, resources: RESOURCES, chosenBy: NAME });
  });

  it('is printed as it is in the PDF', async () => {
    const path = savePdf(await planPdf({ ...input, exportedAt: T0 }), 'markup-plan.pdf');
    const text = normaliseText(pdfText(path));
    for (const s of [NAME, WRITE_IN, NOTE, RESOURCES]) expect(text).toContain(normaliseText(s));
  });
});
