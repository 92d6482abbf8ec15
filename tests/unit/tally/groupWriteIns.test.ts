import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupWriteIns, normalizeWriteIn } from '../../../shared/tally/groupWriteIns.js';

describe('normalizeWriteIn', () => {
  it.each([
    ['Family café!', 'family café'],
    ['  family   CAFÉ ', 'family café'],
    ['Family\u00a0café', 'family café'],
    ['Ｆａｍｉｌｙ café', 'family café'],
    ['family\u200bcafé', 'family café'],
    ['one-on-one meeting', 'one on one meeting'],
    ['¿Reunión con las familias?', 'reunión con las familias'],
    ['«Noche de padres»', 'noche de padres'],
    ['ﬁnance review', 'finance review'],
    ['!!! ...', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeWriteIn(input)).toBe(expected);
  });

  it('keeps accents: "cafe" and "café" are different words', () => {
    expect(normalizeWriteIn('cafe')).not.toBe(normalizeWriteIn('café'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeWriteIn(normalizeWriteIn(s)) === normalizeWriteIn(s)));
  });
});

describe('groupWriteIns', () => {
  it('groups the same text after case, spacing and punctuation, counting pairs once', () => {
    const groups = groupWriteIns([
      { pair: 3, text: 'Family café' },
      { pair: 1, text: 'family  café!' },
      { pair: 2, text: 'Board visit' },
      { pair: 1, text: 'FAMILY CAFÉ' },
    ]);
    expect(groups).toEqual([
      { key: 'family café', text: 'Family café', count: 2, pairs: [1, 3] },
      { key: 'board visit', text: 'Board visit', count: 1, pairs: [2] },
    ]);
  });

  it('drops a write-in that is only punctuation or spaces', () => {
    expect(groupWriteIns([{ pair: 1, text: ' ?! ' }, { pair: 2, text: '\u200b' }])).toEqual([]);
  });

  it('keeps hostile text as text (markup, huge input) and still groups it', () => {
    const long = '<img src=x onerror=alert(1)> '.repeat(200);
    const groups = groupWriteIns([{ pair: 1, text: long }, { pair: 2, text: long.toUpperCase() }]);
    expect(groups).toHaveLength(1);
    expect(groups[0].count).toBe(2);
  });

  it('counts every pair with a write-in exactly once per group, in any order', () => {
    const writeIns = fc.array(fc.record({ pair: fc.integer({ min: 1, max: 8 }), text: fc.constantFrom('Family café', 'family café.', 'Board visit', 'BOARD  visit', 'x') }), { maxLength: 20 });
    fc.assert(
      fc.property(writeIns, (ws) => {
        const groups = groupWriteIns(ws);
        const keys = groups.map((g) => g.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const g of groups) expect(g.count).toBe(new Set(ws.filter((w) => normalizeWriteIn(w.text) === g.key).map((w) => w.pair)).size);
        const reversed = groupWriteIns([...ws].reverse());
        expect(reversed.map((g) => [g.key, g.count]).sort()).toEqual(groups.map((g) => [g.key, g.count]).sort());
      }),
    );
  });
});
