import { describe, expect, it } from 'vitest';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { TRANSLATION_LIMITS, parseListLang, parseListTranslations } from '../../../shared/lists/parseListTranslations.js';

describe('parseListTranslations', () => {
  it('reads the Essential List’s translations back unchanged', () => {
    const wire = JSON.parse(JSON.stringify(ESSENTIAL_LIST_2020_21.translations)) as unknown;
    expect(parseListTranslations(wire)).toEqual({ ok: true, value: ESSENTIAL_LIST_2020_21.translations });
  });

  it('takes absent translations as none', () => {
    expect(parseListTranslations(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseListTranslations(null)).toEqual({ ok: true, value: undefined });
  });

  it('keeps only the fields it knows', () => {
    const result = parseListTranslations({ es: { title: 'T', extra: 1, strategies: { s1: { title: 'S', colour: 'red' } } } });
    expect(result).toEqual({ ok: true, value: { es: { title: 'T', strategies: { s1: { title: 'S' } } } } });
  });

  it.each([
    [[], 'translations: must be an object keyed by language ("es")'],
    [{ 'es-MX': {} }, 'translations["es-MX"]: is not a language code like "es"'],
    [{ es: 'hola' }, 'translations.es: must be an object'],
    [{ es: { title: 3 } }, 'translations.es.title: must be text'],
    [{ es: { directions: 'one' } }, 'translations.es.directions: must be a list of paragraphs'],
    [{ es: { prompts: ['ok', null] } }, 'translations.es.prompts[1]: must be text'],
    [{ es: { strategies: { s1: 'S' } } }, 'translations.es.strategies.s1: must be an object with "title" (and "description")'],
    [{ es: { strategies: { s1: { description: 'd' } } } }, 'translations.es.strategies.s1.title: must be text'],
    [{ es: { activities: { 'create-awareness-1': 5 } } }, 'translations.es.activities["create-awareness-1"]: must be text'],
    [{ es: { activities: [] } }, 'translations.es.activities: must be an object keyed by id'],
    [{ es: { title: 'x'.repeat(TRANSLATION_LIMITS.text + 1) } }, `translations.es.title: is longer than ${TRANSLATION_LIMITS.text} characters`],
  ])('rejects %j, naming where', (value, error) => {
    expect(parseListTranslations(value)).toEqual({ ok: false, error });
  });

  it('bounds the number of languages and entries', () => {
    const languages = Object.fromEntries(Array.from({ length: TRANSLATION_LIMITS.languages + 1 }, (_, i) => [`l${String.fromCharCode(97 + i)}`, {}]));
    expect(parseListTranslations(languages)).toMatchObject({ ok: false, error: expect.stringMatching(/more than 10 languages/) });
    const activities = Object.fromEntries(Array.from({ length: TRANSLATION_LIMITS.entries + 1 }, (_, i) => [`a${i}`, 'x']));
    expect(parseListTranslations({ es: { activities } })).toMatchObject({ ok: false, error: expect.stringMatching(/more than 1000 entries/) });
  });
});

describe('parseListLang', () => {
  it.each([
    ['en', 'en'],
    ['es-MX', 'es-MX'],
    ['', undefined],
    ['english', undefined],
    [3, undefined],
  ])('%j → %j', (value, lang) => expect(parseListLang(value)).toBe(lang));
});
