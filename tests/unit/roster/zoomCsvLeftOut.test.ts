import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import { toZoomCsv } from '../../../shared/roster/toZoomCsv.js';
import { zoomCsvLeftOut } from '../../../shared/roster/zoomCsvLeftOut.js';

const rows = (csv: string): number => csv.replace(/^\uFEFF/, '').trim().split('\r\n').length - 1;

describe('zoomCsvLeftOut', () => {
  it('names every roster member without an e-mail, with their pair, in pair order', () => {
    const pairs: RosterPair[] = [
      { n: 2, members: [{ name: 'Cy Park' }, { name: 'Dee Lu', email: 'dee@example.org' }] },
      { n: 1, members: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: 'Ben Ode' }] },
    ];
    expect(zoomCsvLeftOut(pairs)).toEqual([
      { name: 'Ben Ode', pair: 1 },
      { name: 'Cy Park', pair: 2 },
    ]);
  });

  it('leaves out nobody when everyone has an e-mail, or when there is no roster', () => {
    expect(zoomCsvLeftOut([{ n: 1, members: [{ name: 'Ana', email: 'a@example.org' }] }])).toEqual([]);
    expect(zoomCsvLeftOut([{ n: 1, members: [] }])).toEqual([]);
  });

  it('accounts for every member: the CSV’s rows and the left-out are the whole roster', () => {
    const member = fc.record({ name: fc.string({ minLength: 1, maxLength: 12 }), email: fc.option(fc.emailAddress(), { nil: undefined }) }).map(({ name, email }) => (email ? { name, email } : { name }));
    fc.assert(
      fc.property(fc.array(fc.array(member, { maxLength: 4 }), { maxLength: 12 }), (groups) => {
        const pairs = groups.map((members, i) => ({ n: i + 1, members }));
        const total = groups.reduce((sum, g) => sum + g.length, 0);
        expect(rows(toZoomCsv(pairs)) + zoomCsvLeftOut(pairs).length).toBe(total);
      }),
    );
  });
});
