import { describe, expect, it } from 'vitest';
import { parseListCsv, parseListJson } from '../../../shared/lists/parseListImport.js';

describe('parseListCsv', () => {
  it('groups activities by strategy in file order, with descriptions', () => {
    const csv = '\uFEFFStrategy,Activity,Description\nReach out,Home visits,"Meet families, at home"\nReach out,Phone tree,\nCelebrate,Family night,Mark successes\n';
    const result = parseListCsv(csv, 'Our list');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.strategies).toEqual([
      { id: 's1', title: 'Reach out', description: 'Meet families, at home', activities: [{ id: 's1-1', text: 'Home visits' }, { id: 's1-2', text: 'Phone tree' }] },
      { id: 's2', title: 'Celebrate', description: 'Mark successes', activities: [{ id: 's2-1', text: 'Family night' }] },
    ]);
    expect(result.list.rules).toEqual({ minPerStrategy: 1, maxTotal: null, minutes: 20 });
    expect(result.list.mode).toBe('choose');
  });

  it.each([
    ['name,text\nx,y', /Line 1: the header must name the columns "strategy" and "activity"/],
    ['strategy,activity\nReach out,\n', /Line 2: the activity is empty/],
    ['strategy,activity\nA,b\n,c\n', /Line 3: the strategy is empty/],
    ['strategy,activity\nA,"unclosed\n', /Line 2: /],
    ['strategy,activity\n', /no activities/],
  ])('rejects a broken file %#, naming the line', (csv, message) => {
    const result = parseListCsv(csv, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('parseListJson', () => {
  it('accepts strings or {text} activities and the inventory mode', () => {
    const result = parseListJson(JSON.stringify({ title: 'Inv', mode: 'inventory', strategies: [{ title: 'A', activities: ['one', { text: 'two' }] }] }));
    if (!result.ok) throw new Error(result.error);
    expect(result.list.mode).toBe('inventory');
    expect(result.list.rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
    expect(result.list.strategies[0].activities.map((a) => a.text)).toEqual(['one', 'two']);
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['[]', /strategies: must be a list/],
    [JSON.stringify({ strategies: [{ activities: [] }] }), /strategies\[0\]\.title: is required/],
    [JSON.stringify({ strategies: [{ title: 'A', activities: ['ok', ''] }] }), /strategies\[0\]\.activities\[1\]: the text is empty/],
  ])('rejects %s with the path of the problem', (json, message) => {
    const result = parseListJson(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('translations in an imported list', () => {
  it('reads CSV translation columns into the list’s translations, keyed by the new ids', () => {
    const csv = [
      'strategy,activity,description,strategy_es,activity_es,description_es',
      'Reach out,Home visits,Meet families,Acercarse,Visitas a los hogares,Conocer a las familias',
      'Reach out,Phone tree,,,,',
      'Celebrate,Family night,,Celebrar,Noche familiar,',
    ].join('\n');
    const result = parseListCsv(csv, 'Our list');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.strategies[0].activities).toEqual([{ id: 's1-1', text: 'Home visits' }, { id: 's1-2', text: 'Phone tree' }]);
    expect(result.list.translations).toEqual({
      es: {
        strategies: { s1: { title: 'Acercarse', description: 'Conocer a las familias' }, s2: { title: 'Celebrar' } },
        activities: { 's1-1': 'Visitas a los hogares', 's2-1': 'Noche familiar' },
      },
    });
  });

  it('leaves a CSV list without translation columns untranslated', () => {
    const result = parseListCsv('strategy,activity\nA,b\n', 'x');
    if (!result.ok) throw new Error(result.error);
    expect(result.list.translations).toBeUndefined();
    expect(result.list.lang).toBeUndefined();
  });

  it('reads JSON translations written next to their texts', () => {
    const json = {
      title: 'Family nights',
      lang: 'en',
      translations: { es: { title: 'Noches familiares' } },
      strategies: [
        {
          title: 'Reach out',
          description: 'Meet families',
          translations: { es: { title: 'Acercarse', description: 'Conocer a las familias' } },
          activities: [{ text: 'Home visits', translations: { es: 'Visitas a los hogares' } }, 'Phone tree'],
        },
        { title: 'Celebrate', translations: { es: 'Celebrar' }, activities: [{ text: 'Family night', translations: { es: { text: 'Noche familiar' } } }] },
      ],
    };
    const result = parseListJson(JSON.stringify(json));
    if (!result.ok) throw new Error(result.error);
    expect(result.list.lang).toBe('en');
    expect(result.list.translations).toEqual({
      es: {
        title: 'Noches familiares',
        strategies: { s1: { title: 'Acercarse', description: 'Conocer a las familias' }, s2: { title: 'Celebrar' } },
        activities: { 's1-1': 'Visitas a los hogares', 's2-1': 'Noche familiar' },
      },
    });
  });

  it.each([
    [{ lang: 'english', strategies: [{ title: 'A', activities: ['b'] }] }, 'lang: must be a language code like "en".'],
    [{ translations: ['es'], strategies: [{ title: 'A', activities: ['b'] }] }, /^translations: must be an object keyed by language/],
    [{ translations: { spanish: {} }, strategies: [{ title: 'A', activities: ['b'] }] }, 'translations.spanish: is not a language code like "es".'],
    [{ strategies: [{ title: 'A', translations: { es: {} }, activities: ['b'] }] }, 'strategies[0].translations.es.title: the text is empty.'],
    [{ strategies: [{ title: 'A', activities: [{ text: 'b', translations: { es: '' } }] }] }, 'strategies[0].activities[0].translations.es: the text is empty.'],
    [
      { strategies: [{ title: 'A', activities: [{ text: 'b', translations: { es: 'x'.repeat(601) } }] }] },
      'strategies[0].activities[0].translations.es: longer than 600 characters.',
    ],
  ])('rejects bad JSON translations %#, naming where', (json, message) => {
    const result = parseListJson(JSON.stringify(json));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
