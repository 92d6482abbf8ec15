/** Breakout rooms become pairs by the number in their name, then by order (issue 16). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapRooms, pairNumberInName, roomNameFor, type ZoomRoom } from '../../../shared/zoom/mapRooms.js';

const rooms = (...names: string[]): ZoomRoom[] => names.map((name, i) => ({ uuid: `u${i}`, name }));

describe('mapRooms', () => {
  it.each([
    ['the rooms pairplan made', rooms('Pair 1', 'Pair 2', 'Pair 3'), 3, [['u0', 1], ['u1', 2], ['u2', 3]]],
    ['Zoom’s own names, out of order', rooms('Breakout Room 2', 'Breakout Room 1'), 2, [['u1', 1], ['u0', 2]]],
    ['names without numbers, by order', rooms('Lions', 'Tigers'), 2, [['u0', 1], ['u1', 2]]],
    ['numbers first, the rest fill the gaps', rooms('Blue', 'Pair 1'), 2, [['u1', 1], ['u0', 2]]],
    ['more rooms than pairs', rooms('Pair 1', 'Pair 2', 'Pair 3'), 2, [['u0', 1], ['u1', 2]]],
    ['a number beyond the pairs takes a free one', rooms('Room 9', 'Room 1'), 2, [['u1', 1], ['u0', 2]]],
    ['two rooms with one number', rooms('Pair 1', 'Pair 1 (b)'), 2, [['u0', 1], ['u1', 2]]],
    ['no rooms', [], 3, []],
  ] as const)('maps %s', (_what, given, pairs, expected) => {
    expect(mapRooms(given, pairs).map((r) => [r.uuid, r.pair])).toEqual(expected);
  });

  it('names rooms so that they map back to their own pair', () => {
    const made = Array.from({ length: 30 }, (_, i) => ({ uuid: `r${i}`, name: roomNameFor(i + 1) }));
    expect(mapRooms([...made].reverse(), 30).every((r) => r.uuid === `r${r.pair - 1}`)).toBe(true);
  });

  it('never gives a pair two rooms, never a room two pairs, and stays inside 1..pairs; the same twice', () => {
    const room = fc.record({ uuid: fc.stringMatching(/^[a-z0-9]{1,6}$/), name: fc.string({ maxLength: 20 }) });
    fc.assert(
      fc.property(fc.array(room, { maxLength: 60 }), fc.integer({ min: 1, max: 50 }), (given, pairs) => {
        const mapped = mapRooms(given, pairs);
        expect(new Set(mapped.map((r) => r.pair)).size).toBe(mapped.length);
        expect(new Set(mapped.map((r) => r.uuid)).size).toBe(mapped.length);
        expect(mapped.every((r) => r.pair >= 1 && r.pair <= pairs)).toBe(true);
        expect(mapped.length).toBe(Math.min(pairs, new Set(given.map((r) => r.uuid)).size));
        expect(mapRooms(given, pairs)).toEqual(mapped);
      }),
    );
  });
});

describe('pairNumberInName', () => {
  it.each([
    ['Pair 12', 12],
    ['Breakout Room 3', 3],
    ['7', 7],
    ['Lions', null],
  ] as const)('reads %s as %s', (name, n) => expect(pairNumberInName(name)).toBe(n));
});
