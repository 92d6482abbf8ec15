import { describe, expect, it } from 'vitest';
import { importSource, parseListCsv, parseListJson } from '../../../shared/lists/parseListImport.js';
import { toListImportJson } from '../../../shared/lists/toListImportJson.js';
import type { ActivityList } from '../../../shared/lists/types.js';

const CSV = [
  'strategy,activity,description,strategy_es,activity_es,description_es',
  'Reach out,Call every family,Talk first,Acercarse,Llamar a cada familia,Hablar primero',
  'Reach out,Host a picnic,,,Organizar un pícnic,',
  'Celebrate,Send thank-you notes,,Celebrar,,',
].join('\n');

function ok(result: ReturnType<typeof parseListCsv>): ActivityList {
  if (!result.ok) throw new Error(result.error);
  return result.list;
}

/** What the server stores for the list the set-up screen read: the API's parse of what the screen sends. */
const throughApi = (list: ActivityList, mode?: ActivityList['mode']) => ok(parseListJson(JSON.parse(JSON.stringify(toListImportJson(list))), mode));

describe('toListImportJson', () => {
  it('sends a CSV list with its Spanish columns so the API stores the same list: ids, translations, source (issue 12)', () => {
    const read = ok(parseListCsv(CSV, 'family week', 'choose', 'family-week.csv'));
    expect(read.translations?.es).toEqual({
      strategies: { s1: { title: 'Acercarse', description: 'Hablar primero' }, s2: { title: 'Celebrar' } },
      activities: { 's1-1': 'Llamar a cada familia', 's1-2': 'Organizar un pícnic' },
    });
    expect(read.source).toBe('Imported from CSV (family-week.csv) by the workshop leader');
    expect(throughApi(read)).toEqual(read);
    expect(throughApi(ok(parseListCsv(CSV, 'x', 'inventory', 'x.csv')), 'inventory')).toEqual(ok(parseListCsv(CSV, 'x', 'inventory', 'x.csv')));
  });

  it('round-trips a JSON list with its language, title translations and own source', () => {
    const json = {
      title: 'Nuestra lista',
      lang: 'es',
      source: 'Equipo del distrito, 2024',
      translations: { en: { title: 'Our list' } },
      strategies: [{ title: 'Acercarse', translations: { en: { title: 'Reach out' } }, activities: [{ text: 'Llamar', translations: { en: 'Call' } }, 'Visitar'] }],
    };
    const read = ok(parseListJson(json, undefined, 'lista.json'));
    expect(read.source).toBe('Equipo del distrito, 2024');
    expect(throughApi(read)).toEqual(read);
  });

  it('keeps a list without translations as plain texts', () => {
    const read = ok(parseListCsv('strategy,activity\nA,b\n', 'x'));
    expect(toListImportJson(read)).toEqual({ title: 'x', mode: 'choose', source: 'Imported from CSV by the workshop leader', strategies: [{ title: 'A', description: '', activities: ['b'] }] });
    expect(throughApi(read)).toEqual(read);
  });
});

describe('importSource', () => {
  it('names the format and the file, one line and bounded', () => {
    expect(importSource('JSON')).toBe('Imported from JSON by the workshop leader');
    expect(importSource('CSV', '  our\nlist.csv ')).toBe('Imported from CSV (our list.csv) by the workshop leader');
    expect(importSource('CSV', `${'x'.repeat(200)}.csv`)).toBe(`Imported from CSV (${'x'.repeat(80)}) by the workshop leader`);
  });
});
