/**
 * Who joined each pair so far (issue 18): the join page lists these names so
 * a late partner finds their pair even without a roster. Names only — never
 * participant ids or e-mails — and a bounded list per pair.
 */
import type { PairSlot } from './types.js';

/** At most this many joined names are kept per pair (a pair room holds 8 sockets). */
export const JOINED_NAMES_MAX = 8;

const same = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * `pairs` with `name` added to pair `n`'s joined names; the same array when
 * nothing changes (the name is already there, or on that pair's roster, or
 * the list is full).
 */
export function withJoinedName(pairs: readonly PairSlot[], n: number, name: string): readonly PairSlot[] {
  const slot = pairs.find((p) => p.n === n);
  if (!slot) return pairs;
  const joined = slot.joined ?? [];
  const known = [...slot.members.map((m) => m.name), ...joined];
  if (known.some((k) => same(k, name)) || joined.length >= JOINED_NAMES_MAX) return pairs;
  return pairs.map((p) => (p === slot ? { ...p, joined: [...joined, name] } : p));
}
