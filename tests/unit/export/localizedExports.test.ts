import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildBundle } from '../../../server/export/bundle.js';
import { planPdf } from '../../../server/export/planPdf.js';
import { localizeWorkshop } from '../../../shared/export/localizeWorkshop.js';
import { pairExportInput } from '../../../shared/export/pairExportInput.js';
import { parseWorkshopJson } from '../../../shared/export/parseWorkshopJson.js';
import { toPlanCsv } from '../../../shared/export/toPlanCsv.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { toPlanMarkdown } from '../../../shared/export/toPlanMarkdown.js';
import { toPlansCsv } from '../../../shared/export/toPlansCsv.js';
import { toTallyCsv } from '../../../shared/export/toTallyCsv.js';
import { toWorkshopJson } from '../../../shared/export/toWorkshopJson.js';
import type { WorkshopExport } from '../../../shared/export/types.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { DISTRICT_FACILITATOR_ACTIONS } from '../../../shared/lists/districtFacilitatorActions.js';
import { ESSENTIAL_LIST_SPANISH } from '../../../shared/lists/essentialListSpanish.js';
import { aggregatePlans } from '../../../shared/tally/aggregatePlans.js';
import { normaliseText, pdfPages, pdfText, savePdf } from '../../utils/pdf.js';
import { LIST, T0, essentialPlan, smallPlan } from './fixtures.js';

const ES = createTranslate('es');
const WORKSHOP: WorkshopExport = { title: 'Taller de líderes', list: LIST, rules: LIST.rules, pairs: [{ n: 1, members: [] }, { n: 2, members: [] }] };
const PAIRS = [
  { n: 1, plan: smallPlan() },
  { n: 2, plan: essentialPlan() },
];
const spanish = (id: string): string => ESSENTIAL_LIST_SPANISH.activities[id].text;
const english = (id: string): string => LIST.strategies.flatMap((s) => s.activities).find((a) => a.id === id)!.text;

/** Pair 1's export input, as the download route builds it for `lang`. */
const pairInput = (lang: string) => pairExportInput(localizeWorkshop(WORKSHOP, lang), PAIRS[0], { t: createTranslate(lang === 'es' ? 'es' : 'en'), exportedAt: T0 });

describe('localizeWorkshop', () => {
  it('is the same workshop when the list has no translation into the language', () => {
    expect(localizeWorkshop(WORKSHOP, 'en')).toBe(WORKSHOP);
    const untranslated = { ...WORKSHOP, list: DISTRICT_FACILITATOR_ACTIONS };
    expect(localizeWorkshop(untranslated, 'es')).toBe(untranslated);
  });
});

describe('Spanish exports of the Essential List', () => {
  it('plan.md carries the Spanish activities, strategies and list title; write-ins stay as written', () => {
    const md = toPlanMarkdown(pairInput('es'));
    expect(md).toContain('# Plan de liderazgo para las alianzas');
    expect(md).toContain('- **Lista de actividades:** Lista de lo más esencial 2020-21 — Actividad 2 en pareja por ZOOM · Exploren estrategias de liderazgo y facilitación');
    expect(md).toContain('- **Fuente:** De: Jansorn, N. R., y Epstein, J. L. (2019)');
    expect(md).toContain('## Crear conciencia');
    expect(md).toContain(`- ${spanish('create-awareness-1')}`);
    expect(md).toContain(spanish('align-program-policy-2'));
    expect(md).toContain('*propia:* Family night at the library');
    expect(md).not.toContain(english('create-awareness-1'));
    // The rules line names missing strategies in Spanish too.
    expect(md).toContain('falta: Guiar el aprendizaje y el desarrollo del programa');
  });

  it('plan.csv carries the Spanish texts under Spanish headers', () => {
    const csv = toPlanCsv(pairInput('es'));
    expect(csv.split('\r\n')[0]).toContain('Estrategia,Actividad');
    expect(csv).toContain(`Crear conciencia,${spanish('create-awareness-1')}`);
    expect(csv).toContain('Alinear el programa y las políticas');
    expect(csv).not.toContain(english('align-program-policy-2'));
  });

  it('plan.json keeps machine keys and ids, with the Spanish texts', () => {
    const value = JSON.parse(toPlanJson(pairInput('es'))) as { list: { id: string; title: string; source: string }; activities: { itemId: string; text: string }[] };
    expect(value.list).toMatchObject({ id: 'essential-2020-21', title: 'Lista de lo más esencial 2020-21' });
    expect(value.list.source).toMatch(/^De: Jansorn, N\. R\., y Epstein/);
    expect(value.activities[0]).toMatchObject({ itemId: 'create-awareness-1', text: spanish('create-awareness-1') });
  });

  it('plans.csv and tally.csv use the Spanish texts', () => {
    const localized = localizeWorkshop(WORKSHOP, 'es');
    const plans = toPlansCsv(localized, PAIRS, ES);
    expect(plans).toContain(spanish('create-awareness-1'));
    const tally = toTallyCsv(aggregatePlans(PAIRS, localized.list), localized.list, ES);
    for (const a of LIST.strategies.flatMap((s) => s.activities)) expect(tally).toContain(spanish(a.id).split(',')[0]);
    expect(tally).not.toContain(english('create-awareness-1'));
  });

  it('stays in English with ?lang=en', () => {
    const md = toPlanMarkdown(pairInput('en'));
    expect(md).toContain(`- ${english('create-awareness-1')}`);
    expect(md).toContain('## Create awareness');
  });

  it('the bundle’s files are in Spanish', async () => {
    const zip = unzipSync(await buildBundle({ workshop: WORKSHOP, pairs: PAIRS, exportedAt: T0, lang: 'es' }));
    expect(strFromU8(zip['taller-de-lideres-pair-1-plan.md'])).toContain(spanish('create-awareness-1'));
    expect(strFromU8(zip['taller-de-lideres-tally.csv'])).toContain(spanish('guide-learning-2').slice(0, 60));
  });

  it('prints a full 14-activity plan in Spanish, accents and all, on one page', async () => {
    const input = pairExportInput(localizeWorkshop(WORKSHOP, 'es'), PAIRS[1], { t: ES, exportedAt: T0 });
    const path = savePdf(await planPdf({ ...input, exportedAt: T0 }), 'essential-plan-es.pdf');
    const text = normaliseText(pdfText(path));
    for (const id of Object.keys(PAIRS[1].plan.picks)) expect(text).toContain(normaliseText(spanish(id)));
    expect(text).toContain('Documentar el progreso y evaluar los resultados');
    expect(pdfPages(path)).toBe(1);
  });
});

describe('workshop.json and translations', () => {
  it('keeps the list’s language and translations, and reads them back', () => {
    const json = toWorkshopJson(WORKSHOP, PAIRS, T0);
    const value = JSON.parse(json) as { list: { lang: string; translations: unknown } };
    expect(value.list.lang).toBe('en');
    expect(value.list.translations).toEqual({ es: ESSENTIAL_LIST_SPANISH });
    const parsed = parseWorkshopJson(json);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.list).toEqual(LIST);
  });

  it('rejects a file whose list has broken translations, naming where', () => {
    const value = JSON.parse(toWorkshopJson(WORKSHOP, PAIRS, T0)) as { list: Record<string, unknown> };
    value.list.translations = { es: { activities: { 'create-awareness-1': 7 } } };
    expect(parseWorkshopJson(value)).toEqual({ ok: false, error: 'list.translations: es.activities["create-awareness-1"]: must be text' });
    value.list.translations = undefined;
    value.list.lang = 'spanish!';
    expect(parseWorkshopJson(value)).toEqual({ ok: false, error: 'list.lang: must be a language code like "en"' });
  });
});
