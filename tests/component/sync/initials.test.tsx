import { describe, expect, it } from 'vitest';
import { distinctInitials, initials } from '../../../client/sync/presence.js';

const labels = (...names: string[]) => [...distinctInitials(names.map((name, i) => ({ id: `p-${i}`, name }))).values()];

describe('initials', () => {
  it('takes the first letters of the first and last words, or two letters of one word', () => {
    expect(initials('Maria Lopez')).toBe('ML');
    expect(initials('ana maría de la cruz')).toBe('AC');
    expect(initials('Zoe')).toBe('ZO');
    expect(initials('  ')).toBe('?');
  });
});

describe('distinctInitials (issue 12)', () => {
  it.each([
    { case: 'no collision: plain initials', names: ['Ana Diaz', 'Maria Lopez'], expected: ['AD', 'ML'] },
    { case: 'same initials: the first letters that differ', names: ['Ana Diaz', 'Alberto Duran'], expected: ['AnD', 'AlD'] },
    { case: 'same first two letters: the last word decides', names: ['Ana Diaz', 'Ana Duran'], expected: ['ADi', 'ADu'] },
    { case: 'one word against two', names: ['Ana', 'Ana Nunez'], expected: ['Ana', 'AnN'] },
    { case: 'the same name twice: a number', names: ['Ana Diaz', 'Ana Diaz'], expected: ['AD1', 'AD2'] },
    { case: 'three at once', names: ['Ana Diaz', 'Alberto Duran', 'Ana Duran'], expected: ['ADi', 'AlD', 'AnD'] },
    { case: 'accents and case', names: ['ángel díaz', 'Ana Diaz'], expected: ['ÁD', 'AD'] },
  ])('$case', ({ names, expected }) => {
    const got = labels(...names);
    expect(got).toEqual(expected);
    expect(new Set(got).size).toBe(got.length);
  });

  it('gives each person one label however often they appear, the same in any order', () => {
    const people = [
      { id: 'p-b', name: 'Alberto Duran' },
      { id: 'p-a', name: 'Ana Diaz' },
      { id: 'p-b', name: 'Alberto Duran' },
    ];
    const forward = distinctInitials(people);
    expect(forward).toEqual(new Map([['p-a', 'AnD'], ['p-b', 'AlD']]));
    expect(distinctInitials([...people].reverse())).toEqual(forward);
  });

  it('keeps every label within three letters, even for long colliding names', () => {
    const got = labels('Alexandra Dominguez', 'Alexandro Dominguez', 'Alexandra Dominguez');
    expect(got.every((l) => [...l].length <= 3)).toBe(true);
    expect(new Set(got).size).toBe(3);
  });
});
