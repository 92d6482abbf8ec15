import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT } from '../../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { ESSENTIAL_LIST_SPANISH } from '../../../shared/lists/essentialListSpanish.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { DISTRICT_INVENTORY_SPANISH } from '../../../shared/lists/districtInventorySpanish.js';
import { STATE_INVENTORY } from '../../../shared/lists/stateInventory.js';
import { STATE_INVENTORY_SPANISH } from '../../../shared/lists/stateInventorySpanish.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { findUntranslated, listLang, localizeList, primaryLanguage, titlesByLanguage } from '../../../shared/lists/localizeList.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { evaluatePlan } from '../../../shared/rules/evaluatePlan.js';

const ESSENTIAL = ESSENTIAL_LIST_2020_21;
const activities = (list: ActivityList) => list.strategies.flatMap((s) => s.activities);
const textOf = (list: ActivityList, id: string) => activities(list).find((a) => a.id === id)?.text;

/** A small English list with a partial Spanish translation. */
const PARTIAL: ActivityList = {
  id: 'partial',
  lang: 'en',
  title: 'Family nights',
  subtitle: 'Ideas',
  source: 'Our district',
  directions: ['Choose two.', 'Talk it over.'],
  prompts: ['Which help most?'],
  mode: 'choose',
  rules: { minPerStrategy: 1, maxTotal: 2, minutes: 10 },
  writeIns: true,
  hasStrategies: true,
  strategies: [
    { id: 'reach', title: 'Reach out', description: 'Meet families', activities: [{ id: 'r1', text: 'Home visits' }, { id: 'r2', text: 'Phone tree' }] },
    { id: 'celebrate', title: 'Celebrate', description: 'Mark successes', activities: [{ id: 'c1', text: 'Family night' }] },
  ],
  translations: {
    es: {
      title: 'Noches familiares',
      directions: ['Elijan dos.'],
      strategies: { reach: { title: 'Acercarse', description: 'Conocer a las familias' } },
      activities: { r1: 'Visitas a los hogares', c1: '  ' },
    },
  },
};

describe('ESSENTIAL_LIST_SPANISH', () => {
  it('gives every activity of the Essential List a Spanish text', () => {
    for (const activity of activities(ESSENTIAL)) {
      const spanish = ESSENTIAL_LIST_SPANISH.activities[activity.id]?.text;
      expect(spanish, activity.id).toBeTruthy();
      expect(spanish).not.toBe(activity.text);
    }
  });

  it('translates every text of the list: title, strategies, THINK prompts and the rules text', () => {
    expect(findUntranslated(ESSENTIAL, 'es')).toEqual([]);
    expect(ESSENTIAL_LIST_SPANISH.directions).toHaveLength(ESSENTIAL.directions.length);
    expect(ESSENTIAL_LIST_SPANISH.prompts).toHaveLength(ESSENTIAL.prompts?.length ?? 0);
    expect(ESSENTIAL_LIST_SPANISH.directions?.join(' ')).toContain('NO MÁS DE 14 actividades EN TOTAL');
  });

  it('names no strategy or activity the list does not have', () => {
    expect(Object.keys(ESSENTIAL_LIST_SPANISH.strategies ?? {}).sort()).toEqual(ESSENTIAL.strategies.map((s) => s.id).sort());
    expect(Object.keys(ESSENTIAL_LIST_SPANISH.activities ?? {}).sort()).toEqual(activities(ESSENTIAL).map((a) => a.id).sort());
  });

  it('uses the family-engagement words: alianzas, Equipo de Acción para las Alianzas (ATP)', () => {
    // The citation keeps the English titles of the works it cites; everything else is Spanish.
    const { source: _source, ...texts } = ESSENTIAL_LIST_SPANISH;
    const all = JSON.stringify(texts);
    expect(all).toContain('Equipos de Acción para las Alianzas (ATP)');
    expect(all).toContain('Plan de Liderazgo para las Alianzas');
    expect(all).toContain('participación familiar');
    expect(all).not.toMatch(/\bpartnership|\bpartners?\b/i);
  });

  it('is a built-in translation with the two inventories’ (issue 18); the other lists are English only', () => {
    expect(ESSENTIAL.lang).toBe('en');
    const translated: readonly ActivityList[] = [ESSENTIAL, DISTRICT_INVENTORY, STATE_INVENTORY];
    expect(BUILT_IN_LISTS.filter((l) => l.translations !== undefined).map((l) => l.id)).toEqual(translated.map((l) => l.id));
    for (const list of BUILT_IN_LISTS.filter((l) => !translated.includes(l))) {
      expect(list.translations).toBeUndefined();
      expect(localizeList(list, 'es')).toBe(list);
    }
  });
});

describe('localizeList', () => {
  it('returns a list without translations unchanged, the same object', () => {
    const { translations: _t, ...plain } = PARTIAL;
    expect(localizeList(plain, 'es')).toBe(plain);
  });

  it('returns the list unchanged in its own language or one it is not translated into', () => {
    expect(localizeList(ESSENTIAL, 'en')).toBe(ESSENTIAL);
    expect(localizeList(ESSENTIAL, 'en-US')).toBe(ESSENTIAL);
    expect(localizeList(ESSENTIAL, 'fr')).toBe(ESSENTIAL);
    expect(localizeList(ESSENTIAL, '')).toBe(ESSENTIAL);
  });

  it('gives the Essential List in Spanish, for es and a regional es', () => {
    for (const lang of ['es', 'es-MX']) {
      const es = localizeList(ESSENTIAL, lang);
      expect(es.lang).toBe('es');
      expect(es.title).toBe('Lista de lo más esencial 2020-21');
      expect(es.subtitle).toMatch(/^Actividad 2 en pareja por ZOOM · /);
      expect(es.promptsJoin).toBe('Y');
      expect(es.strategies[0].title).toBe('Crear conciencia');
      expect(textOf(es, 'create-awareness-3')).toBe('Anunciar el programa de alianzas del distrito en el sitio web del distrito.');
      expect(es.prompts?.[0]).toMatch(/^¿Qué actividades/);
      expect(es.translations).toBeUndefined();
      expect(activities(es).every((a) => a.lang === undefined)).toBe(true);
    }
  });

  it('keeps ids, mode, rules and write-ins, so a plan evaluates the same in either language', () => {
    const es = localizeList(ESSENTIAL, 'es');
    expect(activities(es).map((a) => a.id)).toEqual(activities(ESSENTIAL).map((a) => a.id));
    expect([es.id, es.mode, es.rules, es.writeIns, es.hasStrategies]).toEqual([ESSENTIAL.id, ESSENTIAL.mode, ESSENTIAL.rules, ESSENTIAL.writeIns, ESSENTIAL.hasStrategies]);
    const plan = { ...EMPTY_SNAPSHOT, picks: { 'create-awareness-1': { by: 'p', name: 'Ana', at: 1 } } };
    const [en, inSpanish] = [ESSENTIAL, es].map((l) => evaluatePlan(plan, l, l.rules));
    expect(inSpanish.chosenCount).toBe(en.chosenCount);
    expect(inSpanish.missing.map((s) => s.strategyId)).toEqual(en.missing.map((s) => s.strategyId));
    expect(inSpanish.missing[0].title).toBe('Alinear el programa y las políticas');
  });

  it('falls back string by string to the source, marking untranslated items with the source language', () => {
    const es = localizeList(PARTIAL, 'es');
    expect(es.title).toBe('Noches familiares');
    expect(es.subtitle).toBe('Ideas');
    expect(es.source).toBe('Our district');
    expect(es.directions).toEqual(['Elijan dos.', 'Talk it over.']);
    expect(es.prompts).toEqual(['Which help most?']);
    expect(es.strategies[0]).toMatchObject({ title: 'Acercarse', description: 'Conocer a las familias' });
    expect(es.strategies[0].lang).toBeUndefined();
    expect(es.strategies[1]).toMatchObject({ title: 'Celebrate', description: 'Mark successes', lang: 'en' });
    expect(es.strategies[0].activities).toEqual([
      { id: 'r1', text: 'Visitas a los hogares' },
      { id: 'r2', text: 'Phone tree', lang: 'en' },
    ]);
    // A blank translation counts as missing.
    expect(es.strategies[1].activities).toEqual([{ id: 'c1', text: 'Family night', lang: 'en' }]);
  });

  it('does not change the list it is given', () => {
    const before = JSON.stringify(PARTIAL);
    localizeList(PARTIAL, 'es');
    expect(JSON.stringify(PARTIAL)).toBe(before);
  });

  it('treats a list without lang as English', () => {
    const { lang: _lang, ...noLang } = PARTIAL;
    expect(listLang(noLang)).toBe('en');
    expect(localizeList(noLang, 'en')).toBe(noLang);
    expect(localizeList(noLang, 'es').title).toBe('Noches familiares');
  });

  it('translates a Spanish list into English the same way', () => {
    const spanish: ActivityList = { ...PARTIAL, lang: 'es', title: 'Noches', translations: { en: { title: 'Nights' } } };
    expect(localizeList(spanish, 'es')).toBe(spanish);
    const en = localizeList(spanish, 'en');
    expect(en.title).toBe('Nights');
    expect(en.strategies[0].activities[0].lang).toBe('es');
  });

  it("translates a strategy's own write-in prompt, and drops an untranslated one under a translated title (the generic label speaks the language)", () => {
    const withPrompts: ActivityList = {
      ...PARTIAL,
      strategies: PARTIAL.strategies.map((s) => ({ ...s, writeInPrompt: `Other ways to ${s.title.toLowerCase()}` })),
      translations: {
        es: {
          strategies: {
            reach: { title: 'Acercarse', writeInPrompt: 'Otras formas de acercarse' },
            celebrate: { title: 'Celebrar' },
          },
        },
      },
    };
    const es = localizeList(withPrompts, 'es');
    expect(es.strategies.map((s) => s.writeInPrompt)).toEqual(['Otras formas de acercarse', undefined]);
    expect(findUntranslated(withPrompts, 'es')).toContain('strategies.celebrate.writeInPrompt');
  });

  it('ignores inherited keys such as "constructor"', () => {
    const odd: ActivityList = { ...PARTIAL, translations: {} };
    expect(localizeList(odd, 'constructor')).toBe(odd);
    expect(localizeList(odd, 'es')).toBe(odd);
  });
});

describe('findUntranslated', () => {
  it('names each text a translation leaves out', () => {
    expect(findUntranslated(PARTIAL, 'es')).toEqual([
      'subtitle',
      'source',
      'directions[1]',
      'prompts[0]',
      'activities.r2',
      'strategies.celebrate.title',
      'strategies.celebrate.description',
      'activities.c1',
    ]);
  });
});

describe('titlesByLanguage', () => {
  it('gives the title in the list’s own language and each translation', () => {
    expect(titlesByLanguage(ESSENTIAL)).toEqual({ en: 'Most Essential List 2020-21', es: 'Lista de lo más esencial 2020-21' });
    const untranslated = BUILT_IN_LISTS.find((l) => l.translations === undefined)!;
    expect(titlesByLanguage(untranslated)).toEqual({ en: untranslated.title });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['ES_us', 'es'],
    [' en ', 'en'],
  ])('%s → %s', (lang, primary) => expect(primaryLanguage(lang)).toBe(primary));
});

describe.each([
  { list: DISTRICT_INVENTORY, spanish: DISTRICT_INVENTORY_SPANISH, prompt: 'Otras actividades del distrito para crear conciencia' },
  { list: STATE_INVENTORY, spanish: STATE_INVENTORY_SPANISH, prompt: 'Otras actividades estatales para crear conciencia' },
])('the $list.id in Spanish (issue 18)', ({ list, spanish, prompt }) => {
  it('translates every text: title, directions, strategies with their own write-in prompts, activities', () => {
    expect(findUntranslated(list, 'es')).toEqual([]);
    expect(spanish.directions).toHaveLength(list.directions.length);
    expect(Object.keys(spanish.strategies ?? {}).sort()).toEqual(list.strategies.map((s) => s.id).sort());
    expect(Object.keys(spanish.activities ?? {}).sort()).toEqual(activities(list).map((a) => a.id).sort());
  });

  it("gives each strategy the inventory's own prompt in Spanish, not the generic label", () => {
    const es = localizeList(list, 'es');
    const awareness = es.strategies.find((s) => s.id === 'create-awareness')!;
    expect(awareness.writeInPrompt).toBe(prompt);
    for (const s of es.strategies) {
      expect(s.writeInPrompt).toMatch(/^Otras actividades (del distrito|estatales) para /);
      expect(s.writeInPrompt).not.toBe(list.strategies.find((o) => o.id === s.id)!.writeInPrompt);
    }
  });

  it('says partnerships as the Essential List does, and keeps the marks', () => {
    const { source: _source, ...texts } = spanish;
    // Names of organisations stay as they are.
    const all = JSON.stringify(texts).replaceAll('National Network of Partnership Schools', '').replaceAll('Family-School-Community Partnerships', '');
    expect(all).toContain('alianzas');
    expect(all).not.toMatch(/\bpartnership|\bpartners?\b/i);
    expect(spanish.directions?.join(' ')).toContain('✓');
  });
});
