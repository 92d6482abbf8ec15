/**
 * Pairs a roster automatically: people in twos, in roster order or
 * shuffled; with an odd count the last pair is a trio (one person alone
 * makes a pair of one). Pair numbers are Zoom breakout room numbers.
 */
import type { RosterPerson } from './parseRoster.js';

/** A numbered pair and its people. */
export interface RosterPair {
  readonly n: number;
  readonly members: readonly RosterPerson[];
}

/** A deterministic shuffle (Fisher–Yates with mulberry32), so a reshuffle can be repeated. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  let state = seed | 0;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Pairs `people` in order (shuffle first for a random pairing). */
export function pairRoster(people: readonly RosterPerson[]): RosterPair[] {
  const pairs: RosterPair[] = [];
  for (let i = 0; i < people.length; i += 2) pairs.push({ n: pairs.length + 1, members: people.slice(i, i + 2) });
  const last = pairs[pairs.length - 1];
  if (pairs.length > 1 && last.members.length === 1) {
    pairs.pop();
    const previous = pairs.pop()!;
    pairs.push({ n: previous.n, members: [...previous.members, ...last.members] });
  }
  return pairs;
}

/** Moves the person at `from` (pair number, index) into pair `toPair`; empty pairs are kept. */
export function movePerson(pairs: readonly RosterPair[], fromPair: number, index: number, toPair: number): RosterPair[] {
  const person = pairs.find((p) => p.n === fromPair)?.members[index];
  if (!person || fromPair === toPair || !pairs.some((p) => p.n === toPair)) return [...pairs];
  return pairs.map((p) => {
    if (p.n === fromPair) return { n: p.n, members: p.members.filter((_, i) => i !== index) };
    if (p.n === toPair) return { n: p.n, members: [...p.members, person] };
    return p;
  });
}

/** The roster member called `name` (case and spacing ignored): their pair and their name as the roster spells it. */
export function findMember(pairs: readonly RosterPair[], name: string): { n: number; name: string } | null {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  if (key === '') return null;
  for (const p of pairs) {
    const member = p.members.find((m) => m.name.toLowerCase() === key);
    if (member) return { n: p.n, name: member.name };
  }
  return null;
}

/** The pair a person belongs to, by name (case- and space-insensitive), or `null`. */
export function findPairOf(pairs: readonly RosterPair[], name: string): number | null {
  return findMember(pairs, name)?.n ?? null;
}
