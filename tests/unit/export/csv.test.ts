import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../../shared/doc/schema.js';
import { toPlanCsv } from '../../../shared/export/toPlanCsv.js';
import { toPlansCsv } from '../../../shared/export/toPlansCsv.js';
import { neutraliseCell, toSafeCsv } from '../../../shared/export/toSafeCsv.js';
import { toTallyCsv } from '../../../shared/export/toTallyCsv.js';
import type { WorkshopExport } from '../../../shared/export/types.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { aggregatePlans } from '../../../shared/tally/aggregatePlans.js';
import { ANA, BEN, LIST, T0, smallInput, smallPlan } from './fixtures.js';

const A1 = LIST.strategies[0].activities[0].text;
const B2 = LIST.strategies[1].activities[1].text;
const csvText = (lines: string[]): string => `\uFEFF${lines.join('\r\n')}\r\n`;
/** Parses our CSV back (without the BOM) into rows. */
const parse = (text: string): string[][] => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;

/** What an agreement covers, as the agree panel says it. */
const COVERS = createTranslate('en')('agreement.covers');

describe('toSafeCsv', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
  ])('neutralises a cell starting like a formula: %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
    expect(parse(toSafeCsv([[cell]]))[0][0]).toBe(expected);
  });

  it('leaves safe text, numbers and empty cells alone', () => {
    expect(['a=b', 'x-1', ' =1', 'ok', ''].map(neutraliseCell)).toEqual(['a=b', 'x-1', ' =1', 'ok', '']);
    expect(neutraliseCell(-1)).toBe(-1);
    expect(neutraliseCell(null)).toBe('');
  });

  it('writes RFC 4180 with a BOM and CRLF, quoting commas, quotes and line breaks', () => {
    const text = toSafeCsv([['h1', 'h2'], ['a,b', 'say "hi"'], ['two\nlines', 'é ñ ü']]);
    expect(text).toBe('\uFEFFh1,h2\r\n"a,b","say ""hi"""\r\n"two\nlines",é ñ ü\r\n');
    expect(parse(text)).toEqual([['h1', 'h2'], ['a,b', 'say "hi"'], ['two\nlines', 'é ñ ü']]);
  });
});

describe('toPlanCsv', () => {
  it('matches the golden CSV of a fixed plan', () => {
    expect(toPlanCsv(smallInput())).toBe(
      csvText([
        'Strategy,Activity,Listed or write-in,Mark,Goal,Note,Split,Timeline,Person responsible,Resources / budget,Chosen by',
        `Create awareness,${A1},listed,,District leadership,"Before October, with the ""ATP"" chairs",,Sept 2020,Ana,$0,Ana Pérez`,
        `Align program and policy,${B2},listed,,,,,,,,Ben Okafor`,
        'Celebrate milestones,Family night at the library,write-in,,"School ATPs, District leadership",Ben wants two nights,we split on this,,,,Ben Okafor',
        '',
        'Partners,"Ana Pérez (agreed), Ben Okafor (agreed)"',
        `Agreement,Not agreed yet,"${COVERS.replace(/"/g, '""')}"`,
        `Source,"${LIST.source}"`,
      ]),
    );
  });

  it("ends with the list's citation in a final Source row, even when nothing is chosen", () => {
    const rows = parse(toPlanCsv(smallInput({ plan: EMPTY_SNAPSHOT })));
    expect(rows.at(-1)).toEqual(['Source', LIST.source]);
    expect(LIST.source).toMatch(/^Jansorn, N\. R\., & Epstein, J\. L\. \(2019\)/);
  });

  it('has Spanish headers with a Spanish Translate', () => {
    const [header] = parse(toPlanCsv(smallInput({ t: createTranslate('es') })));
    expect(header).toEqual(['Estrategia', 'Actividad', 'De la lista o propia', 'Marca', 'Meta', 'Nota', 'Desacuerdo', 'Calendario', 'Persona responsable', 'Recursos / presupuesto', 'Elegida por']);
  });
});

const WORKSHOP: WorkshopExport = {
  title: 'Leaders workshop',
  list: LIST,
  rules: { minPerStrategy: 0, maxTotal: 14, minutes: 20 },
  pairs: [
    { n: 1, members: [{ name: 'Cy Lee', email: 'cy@example.org' }] },
    { n: 3, members: [] },
  ],
};

describe('toPlansCsv', () => {
  it('matches the golden plans.csv: a row per pair and activity, and one for a pair with nothing chosen', () => {
    const text = toPlansCsv(WORKSHOP, [{ n: 3, plan: smallPlan() }, { n: 1, plan: EMPTY_SNAPSHOT }]);
    const lead = 'Leaders workshop,3,"Ana Pérez (agreed), Ben Okafor (agreed)"';
    const source = `"${LIST.source}"`;
    const tail = `yes,2020-09-15T14:00:05.000Z,${source}`;
    expect(text).toBe(
      csvText([
        'Workshop,Pair,Partners,Strategy,Activity,Listed or write-in,Mark,Goal,Note,Split,Timeline,Person responsible,Resources / budget,Agreed,Agreed at,Source',
        `Leaders workshop,1,Cy Lee (not yet agreed),,,,,,,,,,,no,,${source}`,
        `${lead},Create awareness,${A1},listed,,District leadership,"Before October, with the ""ATP"" chairs",,Sept 2020,Ana,$0,${tail}`,
        `${lead},Align program and policy,${B2},listed,,,,,,,,${tail}`,
        `${lead},Celebrate milestones,Family night at the library,write-in,,"School ATPs, District leadership",Ben wants two nights,we split on this,,,,${tail}`,
      ]),
    );
  });

  it('is not agreed while a present partner has not agreed', () => {
    const rows = parse(toPlansCsv(WORKSHOP, [{ n: 3, plan: smallPlan(), present: [{ id: ANA.by, name: ANA.name }, { id: 'p-new', name: 'Cy New' }] }]));
    expect(rows[1].slice(-3)).toEqual(['no', '', LIST.source]);
  });
});

describe('toTallyCsv', () => {
  it('counts the pairs per activity and lists write-ins with their pair', () => {
    const other: PlanSnapshot = { ...EMPTY_SNAPSHOT, picks: { 'create-awareness-1': { ...BEN, at: T0 } } };
    const tally = aggregatePlans([{ n: 3, plan: smallPlan() }, { n: 1, plan: other }], LIST);
    const rows = parse(toTallyCsv(tally, LIST));
    expect(rows[0]).toEqual(['Strategy', 'Activity', 'Listed or write-in', 'Pairs', 'Written by pair']);
    expect(rows[1]).toEqual(['Create awareness', A1, 'listed', '2', '']);
    expect(rows.filter((r) => r[2] === 'listed')).toHaveLength(LIST.strategies.flatMap((s) => s.activities).length);
    expect(rows.filter((r) => r[2] === 'write-in')).toEqual([['Celebrate milestones', 'Family night at the library', 'write-in', '1', '3']]);
  });

  it('adds ✓ now and ☆ future columns in inventory mode', () => {
    const list: ActivityList = { ...LIST, mode: 'inventory' };
    const plan: PlanSnapshot = {
      ...EMPTY_SNAPSHOT,
      picks: { 'create-awareness-1': { ...ANA, at: T0, mark: 'now' } },
      writeIns: { 'w-x': { strategyId: 'create-awareness', text: 'Podcast', ...ANA, at: T0, mark: 'future' } },
    };
    const rows = parse(toTallyCsv(aggregatePlans([{ n: 2, plan }], list), list));
    expect(rows[0]).toEqual(['Strategy', 'Activity', 'Listed or write-in', 'Pairs', '✓ now', '☆ future', 'Written by pair']);
    expect(rows[1]).toEqual(['Create awareness', A1, 'listed', '1', '1', '0', '']);
    expect(rows.find((r) => r[1] === 'Podcast')).toEqual(['Create awareness', 'Podcast', 'write-in', '1', '0', '1', '2']);
  });
});
