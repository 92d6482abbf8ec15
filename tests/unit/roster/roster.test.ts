import { describe, expect, it } from 'vitest';
import { parseEmail } from '../../../shared/roster/parseEmail.js';
import { parseRoster } from '../../../shared/roster/parseRoster.js';
import { findMember, findPairOf, movePerson, pairRoster, shuffle } from '../../../shared/roster/pairRoster.js';
import { toZoomCsv } from '../../../shared/roster/toZoomCsv.js';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `P${i + 1}`, email: `p${i + 1}@example.org` }));

describe('parseRoster', () => {
  it('reads names with optional e-mails in the usual shapes, skipping blanks and a header', () => {
    const text = 'Name, Email\nMaria Lopez, Maria@Example.org\n\nJohn Smith <john@example.org>\nAna\tana@example.org\n  Lee   Wong  \n';
    expect(parseRoster(text)).toEqual({
      people: [
        { name: 'Maria Lopez', email: 'maria@example.org' },
        { name: 'John Smith', email: 'john@example.org' },
        { name: 'Ana', email: 'ana@example.org' },
        { name: 'Lee Wong' },
      ],
      errors: [],
    });
  });

  it('names the broken lines and returns nobody', () => {
    const result = parseRoster('Maria, maria@example.org\n, x@y.org\nJohn, not-an-email\nA, b@c.d, extra');
    expect(result.people).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, message: 'the name is missing' },
      { line: 3, message: '"not-an-email" is not an e-mail address' },
      { line: 4, message: 'expected a name and at most one e-mail' },
    ]);
  });

  it('refuses an e-mail that could run as a spreadsheet formula', () => {
    expect(parseRoster('Eve, =cmd@evil.org').errors).toHaveLength(1);
  });

  it('checks e-mails with the parser the server uses, in its words', () => {
    for (const email of ['a"b@example.org', 'ann@localhost', 'a@b@example.org', '+1@example.org']) {
      const parsed = parseEmail(email);
      expect(parsed.ok).toBe(false);
      expect(parseRoster(`Ann <${email}>`).errors).toEqual([{ line: 1, message: parsed.ok ? '' : parsed.error }]);
    }
  });
});

describe('pairRoster', () => {
  it('pairs an even roster in twos', () => {
    expect(pairRoster(people(4)).map((p) => p.members.map((m) => m.name))).toEqual([['P1', 'P2'], ['P3', 'P4']]);
  });

  it('makes one trio of an odd roster', () => {
    const pairs = pairRoster(people(5));
    expect(pairs.map((p) => p.n)).toEqual([1, 2]);
    expect(pairs[1].members.map((m) => m.name)).toEqual(['P3', 'P4', 'P5']);
  });

  it('puts one person in a pair of their own, and nobody in no pair', () => {
    expect(pairRoster(people(1))).toEqual([{ n: 1, members: [people(1)[0]] }]);
    expect(pairRoster([])).toEqual([]);
  });

  it('reshuffles deterministically by seed, keeping everyone', () => {
    const a = shuffle(people(9), 1);
    expect(shuffle(people(9), 1)).toEqual(a);
    expect(a.map((p) => p.name).sort()).toEqual(people(9).map((p) => p.name).sort());
    expect(shuffle(people(9), 2)).not.toEqual(a);
  });
});

describe('movePerson and findPairOf', () => {
  it('moves a person to another pair', () => {
    const moved = movePerson(pairRoster(people(4)), 1, 0, 2);
    expect(moved.map((p) => p.members.map((m) => m.name))).toEqual([['P2'], ['P3', 'P4', 'P1']]);
  });

  it('finds a person by name regardless of case and spacing', () => {
    const pairs = pairRoster([{ name: 'Maria Lopez' }, { name: 'Ben' }, { name: 'Cy' }, { name: 'Dee' }]);
    expect(findPairOf(pairs, '  maria   LOPEZ ')).toBe(1);
    expect(findPairOf(pairs, 'Dee')).toBe(2);
    expect(findPairOf(pairs, 'Nobody')).toBeNull();
    expect(findMember(pairs, '  maria   LOPEZ ')).toEqual({ n: 1, name: 'Maria Lopez' });
    expect(findMember(pairs, 'Nobody')).toBeNull();
  });
});

describe('toZoomCsv', () => {
  it('writes Zoom pre-assignment rows for people with e-mails', () => {
    const pairs = pairRoster([...people(2), { name: 'No Mail' }, { name: 'P4', email: 'p4@example.org' }]);
    expect(toZoomCsv(pairs)).toBe('\uFEFFPre-assign Room Name,Email Address\r\nRoom 1,p1@example.org\r\nRoom 1,p2@example.org\r\nRoom 2,p4@example.org\r\n');
  });

  // Stored workshops from before the server checked e-mails may hold anything (issue "Airtight", finding 5).
  it.each([
    ['a formula', '=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['a plus', '+1+1', "'+1+1"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['a CRLF and a new row', 'a@b.org\r\nRoom 9,evil@x.org', '"a@b.org\r\nRoom 9,evil@x.org"'],
    ['a comma', 'a@b.org,extra', '"a@b.org,extra"'],
    ['quotes', 'a"b@c.org', '"a""b@c.org"'],
  ])('cannot be made to inject a cell or a row by an e-mail with %s', (_what, email, cell) => {
    const pairs = pairRoster([{ name: '=Evil,"Name"\r\nRoom 5', email }]);
    const csv = toZoomCsv(pairs);
    expect(csv).toBe(`\uFEFFPre-assign Room Name,Email Address\r\nRoom 1,${cell}\r\n`);
    // Names are never written: Zoom matches people by e-mail.
    expect(csv).not.toContain('Evil');
  });
});
