import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { getBuiltInList } from '../../../shared/lists/index.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { planPdf } from '../../../server/export/planPdf.js';
import { normaliseText, pdfPages, pdfText, renderFirstPage, savePdf } from '../../utils/pdf.js';
import { ANA, BEN, LIST, T0, essentialPlan, smallInput } from './fixtures.js';

const activityText = (list: ActivityList, id: string): string =>
  list.strategies.flatMap((s) => s.activities).find((a) => a.id === id)!.text;

describe('planPdf', () => {
  it('puts a 14-activity Essential List plan with notes and a full draft on one Letter page', async () => {
    const plan = essentialPlan();
    const pdf = await planPdf({ ...smallInput({ plan }), exportedAt: T0 });
    const path = savePdf(pdf, 'essential-plan.pdf');
    renderFirstPage(path);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(path)).toBe(1);
    const text = normaliseText(pdfText(path));
    for (const id of Object.keys(plan.picks)) expect(text).toContain(normaliseText(activityText(LIST, id)));
    for (const name of [ANA.name, BEN.name]) expect(text).toContain(name);
    for (const s of LIST.strategies) expect(text).toContain(s.title);
    expect(text).toContain('Leadership Plan for Partnerships');
    expect(text).toContain('Leaders workshop · Pair 3 · Exported 2020-09-15');
    expect(text).toContain('Person responsible');
    expect(text).toContain('Ana Pérez, district facilitator');
    expect(text).toContain('Staff time; $250 for printing');
    expect(text).toContain('Note: Start with the principals; check progress in the spring.');
    expect(text).toContain('Agreed by Ana Pérez, Ben Okafor on 2020-09-15 14:00 UTC');
    console.info(`Essential List plan PDF: ${pdf.length} bytes, ${pdfPages(path)} page`);
  });

  it('prints write-ins, split flags and goal tags, in Spanish with accents', async () => {
    const pdf = await planPdf({ ...smallInput({ t: createTranslate('es') }), exportedAt: T0 });
    const path = savePdf(pdf, 'small-plan-es.pdf');
    const text = normaliseText(pdfText(path));
    expect(text).toContain('Plan de liderazgo para las alianzas');
    expect(text).toContain('Integrantes: Ana Pérez (de acuerdo), Ben Okafor (de acuerdo)');
    expect(text).toContain('Family night at the library');
    expect(text).toContain('propia · Desacuerdo: no estamos de acuerdo en esta');
    expect(text).toContain('Nota: Ben wants two nights');
    expect(text).toContain('ATP de las escuelas, Liderazgo del distrito');
  });

  it('draws ✓/☆ marks and names them in words in inventory mode; long inventories go on over numbered pages', async () => {
    const list = getBuiltInList('state-inventory')!;
    const picks: Record<string, PlanSnapshot['picks'][string]> = {};
    list.strategies.forEach((s) => s.activities.forEach((a, j) => (picks[a.id] = { ...ANA, at: T0 + j, mark: j % 2 ? 'future' : 'now' })));
    const pdf = await planPdf({ ...smallInput({ list, rules: list.rules, plan: { ...EMPTY_SNAPSHOT, picks } }), exportedAt: T0 });
    const path = savePdf(pdf, 'inventory-plan.pdf');
    renderFirstPage(path);
    const pages = pdfPages(path);
    expect(pages).toBeGreaterThan(1);
    const text = normaliseText(pdfText(path));
    for (const id of Object.keys(picks)) expect(text).toContain(normaliseText(activityText(list, id)).slice(0, 40));
    expect(text).toMatch(/\d+ ✓ now · \d+ ☆ future/);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).not.toContain('?');
  });

  it("prints the list's citation under its title", async () => {
    const pdf = await planPdf({ ...smallInput(), exportedAt: T0 });
    const text = normaliseText(pdfText(savePdf(pdf, 'citation.pdf')));
    expect(text).toContain('Source: Jansorn, N. R., & Epstein, J. L. (2019)');
    expect(text).toContain('Your Handbook for Action, 4th edition');
  });

  it('says nothing is chosen for an empty plan', async () => {
    const path = savePdf(await planPdf({ ...smallInput({ plan: EMPTY_SNAPSHOT }), exportedAt: T0 }), 'empty-plan.pdf');
    expect(pdfPages(path)).toBe(1);
    expect(pdfText(path)).toContain('No activities chosen yet.');
  });
});
