import { describe, expect, it } from 'vitest';
import { issuedAt, moveOf, withMove, MAX_MOVES } from '../../../server/auth/movedSessions.js';
import { SESSION_TTL_MS, type Session } from '../../../server/auth/sessions.js';
import { pairsToResummarize, rosterChanged, withAddedPairs, withPersonMoved } from '../../../server/workshops/sessionChanges.js';
import type { PairSlot, WorkshopRecord } from '../../../server/workshops/types.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { createClock } from '../../../shared/protocol/clock.js';
import { toLive } from '../../../server/workshops/WorkshopService.js';

const pairs: PairSlot[] = [
  { n: 1, members: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: 'Ben' }], joined: ['Dee'] },
  { n: 2, members: [{ name: 'Cy' }] },
];
/** A workshop as one stored before issue 14: no moves. */
const workshop: WorkshopRecord = {
  id: 'w1',
  joinCode: 'K7M2QX',
  keyHash: 'x',
  createdAt: 0,
  title: 'Spring',
  list: ESSENTIAL_LIST_2020_21,
  rules: ESSENTIAL_LIST_2020_21.rules,
  pairs,
  clock: createClock(20),
  locked: false,
  broadcast: null,
};
const session = (p: number, n: string, issued: number): Session => ({ w: 'w1', p, pid: 'p1', n, exp: issued + SESSION_TTL_MS, sid: 's1' });

describe('withAddedPairs', () => {
  it('numbers new pairs after the highest', () => {
    expect(withAddedPairs(pairs, 2)?.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(withAddedPairs([{ n: 7, members: [] }], 1)?.map((p) => p.n)).toEqual([7, 8]);
  });
  it('refuses to pass 500 pairs', () => {
    expect(withAddedPairs(pairs, 498)).not.toBeNull();
    expect(withAddedPairs(pairs, 499)).toBeNull();
  });
});

describe('withPersonMoved', () => {
  it.each([
    ['a roster member, e-mail kept, case aside', 'ana ruiz', { from: [{ name: 'Ben' }], to: [{ name: 'Cy' }, { name: 'Ana Ruiz', email: 'ana@example.org' }], fromJoined: ['Dee'], toJoined: undefined }],
    ['a joined name', 'DEE', { from: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: 'Ben' }], to: [{ name: 'Cy' }], fromJoined: [], toJoined: ['Dee'] }],
  ])('moves %s', (_what, name, expected) => {
    const moved = withPersonMoved(pairs, name, 1, 2);
    expect(moved?.pairs[0].members).toEqual(expected.from);
    expect(moved?.pairs[1].members).toEqual(expected.to);
    expect(moved?.pairs[0].joined).toEqual(expected.fromJoined);
    expect(moved?.pairs[1].joined).toEqual(expected.toJoined);
  });
  it('returns the name as the pair knew it, and leaves other pairs alone', () => {
    const input = [...pairs, { n: 3, members: [] }];
    const moved = withPersonMoved(input, 'ben', 1, 2);
    expect(moved?.name).toBe('Ben');
    expect(moved?.pairs[2]).toBe(input[2]);
  });
  it.each([
    ['a name the pair does not have', 'Zed', 1, 2],
    ['a pair that does not exist', 'Ben', 1, 9],
    ['the same pair', 'Ben', 1, 1],
  ])('refuses %s', (_what, name, from, to) => {
    expect(withPersonMoved(pairs, name, from, to)).toBeNull();
  });
  it('is the same person moved twice: back where they were', () => {
    const there = withPersonMoved(pairs, 'Dee', 1, 2)!;
    const back = withPersonMoved(there.pairs, 'Dee', 2, 1)!;
    expect(back.pairs.map((p) => [p.members, p.joined ?? []])).toEqual(pairs.map((p) => [p.members, p.joined ?? []]));
  });
});

describe('moveOf', () => {
  const moved = { ...workshop, moves: withMove(undefined, { name: 'Ana Ruiz', from: 1, to: 2, at: 1_000 }) };
  it('finds the move of a session of the old pair issued before it (case aside)', () => {
    expect(moveOf(moved, session(1, 'ana ruiz', 999))?.to).toBe(2);
    expect(issuedAt(session(1, 'x', 999))).toBe(999);
  });
  it.each([
    ['issued after the move (joined again)', session(1, 'Ana Ruiz', 1_001)],
    ['of the new pair', session(2, 'Ana Ruiz', 999)],
    ['of someone else', session(1, 'Ben', 999)],
  ])('leaves a session %s alone', (_what, s) => {
    expect(moveOf(moved, s)).toBeNull();
  });
  it('reads a workshop stored before moves existed', () => {
    expect(moveOf(workshop, session(1, 'Ana Ruiz', 0))).toBeNull();
  });
  it('keeps at most MAX_MOVES, the newest', () => {
    let moves = withMove(undefined, { name: 'first', from: 1, to: 2, at: 0 });
    for (let i = 0; i < MAX_MOVES; i++) moves = withMove(moves, { name: `p${i}`, from: 1, to: 2, at: i });
    expect(moves).toHaveLength(MAX_MOVES);
    expect(moves.some((m) => m.name === 'first')).toBe(false);
  });
});

describe('toLive', () => {
  it('carries the title, rules and pair count of a workshop stored before issue 14', () => {
    expect(toLive(workshop, 'all').settings).toEqual({ title: 'Spring', rules: ESSENTIAL_LIST_2020_21.rules, pairCount: 2 });
  });
});

describe('pairsToResummarize and rosterChanged', () => {
  it('names every pair when the rules change, only changed pairs otherwise', () => {
    expect(pairsToResummarize(workshop, { ...workshop, rules: { ...workshop.rules, maxTotal: 12 } })).toEqual([1, 2]);
    expect(pairsToResummarize(workshop, { ...workshop, rules: { ...workshop.rules } })).toEqual([]);
    const added = withAddedPairs(pairs, 1)!;
    expect(pairsToResummarize(workshop, { ...workshop, pairs: added })).toEqual([3]);
    const moved = withPersonMoved(pairs, 'Ben', 1, 2)!.pairs;
    expect(pairsToResummarize(workshop, { ...workshop, pairs: moved })).toEqual([1, 2]);
  });
  it('sees a roster change in new pairs and in a move, not in a join', () => {
    expect(rosterChanged(workshop, { ...workshop, pairs: withAddedPairs(pairs, 1)! })).toBe(true);
    expect(rosterChanged(workshop, { ...workshop, moves: [] })).toBe(true);
    expect(rosterChanged(workshop, { ...workshop, pairs: pairs.map((p) => ({ ...p })) })).toBe(false);
  });
});
