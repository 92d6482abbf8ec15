import { describe, expect, it } from 'vitest';
import { findUntranslated, localizeList } from '../../../shared/lists/localizeList.js';
import { IMPORT_LIMITS, parseListCsv, parseListJson } from '../../../shared/lists/parseListImport.js';
import { parseListTranslations } from '../../../shared/lists/parseListTranslations.js';
import type { ActivityList } from '../../../shared/lists/types.js';

/** Short labels an own list gives (issue 15): `short` / `short_es` in CSV, `short` in JSON. */
describe('parseListCsv: short labels', () => {
  it('reads the short and short_es columns next to their texts; a row without one gets none', () => {
    const csv = [
      'strategy,activity,short,activity_es,short_es',
      'Reach out,Visit every family at home before the school year starts,Home visits,Visitar a cada familia en su casa antes del inicio del año,Visitas a los hogares',
      'Reach out,Phone tree,,Cadena telefónica,',
    ].join('\n');
    const result = parseListCsv(csv, 'Our list');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.strategies[0].activities).toEqual([
      { id: 's1-1', text: 'Visit every family at home before the school year starts', short: 'Home visits' },
      { id: 's1-2', text: 'Phone tree' },
    ]);
    expect(result.list.translations?.es.activities).toEqual({
      's1-1': { text: 'Visitar a cada familia en su casa antes del inicio del año', short: 'Visitas a los hogares' },
      's1-2': 'Cadena telefónica',
    });
    const spanish = localizeList(result.list, 'es').strategies[0].activities;
    expect(spanish.map((a) => a.short)).toEqual(['Visitas a los hogares', undefined]);
  });

  it('ignores a short_es without its activity_es: a Spanish label does not name an English text', () => {
    const result = parseListCsv('strategy,activity,short_es\nA,Home visits,Visitas\n', 'x');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.translations).toBeUndefined();
    expect(result.list.strategies[0].activities[0]).toEqual({ id: 's1-1', text: 'Home visits' });
  });

  it('folds white space in a label and refuses an overlong one, naming the line', () => {
    const ok = parseListCsv('strategy,activity,short\nA,Home visits for all,"  Home \n visits "\n', 'x');
    if (!ok.ok) throw new Error(ok.error);
    expect(ok.list.strategies[0].activities[0].short).toBe('Home visits');
    const long = parseListCsv(`strategy,activity,short\nA,b,c\nA,d,${'e'.repeat(IMPORT_LIMITS.short + 1)}\n`, 'x');
    expect(long).toEqual({ ok: false, error: `Line 3: the short label is longer than ${IMPORT_LIMITS.short} characters.` });
    const longEs = parseListCsv(`strategy,activity,activity_es,short_es\nA,b,c,${'é'.repeat(IMPORT_LIMITS.short + 1)}\n`, 'x');
    expect(longEs.ok).toBe(false);
  });
});

describe('parseListJson: short labels', () => {
  it('reads "short" on an activity and in its translations', () => {
    const json = {
      title: 'Family nights',
      strategies: [
        {
          title: 'Reach out',
          activities: [
            { text: 'Visit every family at home before the school year starts', short: 'Home visits', translations: { es: { text: 'Visitar a cada familia', short: 'Visitas' } } },
            { text: 'Phone tree', short: '   ', translations: { es: 'Cadena telefónica' } },
            'Family café',
          ],
        },
      ],
    };
    const result = parseListJson(JSON.stringify(json));
    if (!result.ok) throw new Error(result.error);
    expect(result.list.strategies[0].activities).toEqual([
      { id: 's1-1', text: 'Visit every family at home before the school year starts', short: 'Home visits' },
      { id: 's1-2', text: 'Phone tree' },
      { id: 's1-3', text: 'Family café' },
    ]);
    expect(result.list.translations?.es.activities).toEqual({ 's1-1': { text: 'Visitar a cada familia', short: 'Visitas' }, 's1-2': 'Cadena telefónica' });
  });

  it('reads back a list it made, short labels and all (the API takes its own output)', () => {
    const made = parseListJson({ title: 'T', strategies: [{ title: 'A', activities: [{ text: 'Visit every family at home', short: 'Home visits' }] }] });
    if (!made.ok) throw new Error(made.error);
    const again = parseListJson(JSON.parse(JSON.stringify(made.list)));
    if (!again.ok) throw new Error(again.error);
    expect(again.list.strategies[0].activities[0]).toEqual({ id: 's1-1', text: 'Visit every family at home', short: 'Home visits' });
  });

  it.each([
    [{ text: 'b', short: 7 }, 'strategies[0].activities[0].short: must be text.'],
    [{ text: 'b', short: 'x'.repeat(IMPORT_LIMITS.short + 1) }, `strategies[0].activities[0].short: longer than ${IMPORT_LIMITS.short} characters.`],
    [{ text: 'b', translations: { es: { text: 'c', short: ['d'] } } }, 'strategies[0].activities[0].translations.es.short: must be text.'],
  ])('refuses a broken short label %#, naming the path', (activity, error) => {
    expect(parseListJson({ title: 'T', strategies: [{ title: 'A', activities: [activity] }] })).toEqual({ ok: false, error });
  });
});

describe('parseListTranslations: short labels', () => {
  it('reads an activity as its text or as { text, short }', () => {
    const value = { es: { activities: { a: 'Texto', b: { text: 'Otro texto', short: 'Otro' }, c: { text: 'Sin etiqueta' } } } };
    expect(parseListTranslations(value)).toEqual({ ok: true, value });
  });

  it.each([
    [{ b: { short: 'Otro' } }, 'translations.es.activities.b.text: must be text'],
    [{ b: { text: 'Otro texto', short: 3 } }, 'translations.es.activities.b.short: must be text'],
    [{ b: { text: 'Otro texto', short: 'x'.repeat(2001) } }, 'translations.es.activities.b.short: is longer than 2000 characters'],
  ])('refuses a broken entry %#, naming where', (activities, error) => {
    expect(parseListTranslations({ es: { activities } })).toEqual({ ok: false, error });
  });
});

describe('localizeList: short labels', () => {
  const LIST: ActivityList = {
    id: 'l',
    lang: 'en',
    title: 'L',
    source: '',
    directions: [],
    mode: 'choose',
    rules: { minPerStrategy: 0, maxTotal: null, minutes: null },
    writeIns: false,
    hasStrategies: false,
    strategies: [
      {
        id: 's',
        title: 'S',
        description: '',
        activities: [
          { id: 'a', text: 'Visit every family at home', short: 'Home visits' },
          { id: 'b', text: 'Run a phone tree for every class', short: 'Phone tree' },
          { id: 'c', text: 'Hold a family café each month', short: 'Family café' },
        ],
      },
    ],
    translations: { es: { activities: { a: { text: 'Visitar a cada familia en casa', short: 'Visitas' }, b: 'Organizar una cadena telefónica por clase' } } },
  };

  it('takes the translation’s label, drops the source’s beside a translated text, and keeps it on an untranslated one', () => {
    expect(localizeList(LIST, 'es').strategies[0].activities).toEqual([
      { id: 'a', text: 'Visitar a cada familia en casa', short: 'Visitas' },
      { id: 'b', text: 'Organizar una cadena telefónica por clase' },
      { id: 'c', text: 'Hold a family café each month', short: 'Family café', lang: 'en' },
    ]);
  });

  it('names a missing label only beside a translated text', () => {
    expect(findUntranslated(LIST, 'es').filter((p) => p.startsWith('activities.'))).toEqual(['activities.b.short', 'activities.c']);
  });
});
