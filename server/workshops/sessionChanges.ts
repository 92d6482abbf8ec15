/**
 * The leader's changes to a running workshop's pairs (issue 14): pairs added
 * for late arrivals, and a person moved from one pair to another. Pure: they
 * return the new pairs (or `null`) and the handlers store them.
 */
import type { SessionSettings } from '../../shared/protocol/sessionSettings.js';
import { WORKSHOP_LIMITS } from '../../shared/protocol/limits.js';
import type { PairSlot, WorkshopRecord } from './types.js';

/** The same person's name, as the join page and the joined names compare them (case and accents aside). */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** What every pair room shows of the workshop's settings. */
export function sessionSettings(workshop: WorkshopRecord): SessionSettings {
  return { title: workshop.title, rules: workshop.rules, pairCount: workshop.pairs.length };
}

/** `pairs` with `count` empty pairs numbered after the highest; `null` past {@link WORKSHOP_LIMITS.pairs} in all. */
export function withAddedPairs(pairs: readonly PairSlot[], count: number): PairSlot[] | null {
  if (pairs.length + count > WORKSHOP_LIMITS.pairs) return null;
  const last = pairs.reduce((max, p) => Math.max(max, p.n), 0);
  if (last + count > WORKSHOP_LIMITS.pairs) return null;
  return [...pairs, ...Array.from({ length: count }, (_, i) => ({ n: last + 1 + i, members: [] }))];
}

/**
 * `pairs` with the person named `name` moved from pair `from` to pair `to`:
 * a roster member keeps their e-mail and joins `to`'s roster; a joined name
 * moves to `to`'s joined names. `null` when `from` has nobody of that name
 * (or either pair does not exist). Returns the name as the pair knew it.
 */
export function withPersonMoved(pairs: readonly PairSlot[], name: string, from: number, to: number): { pairs: PairSlot[]; name: string } | null {
  const source = pairs.find((p) => p.n === from);
  const target = pairs.find((p) => p.n === to);
  if (!source || !target || from === to) return null;
  const member = source.members.find((m) => sameName(m.name, name));
  const joined = (source.joined ?? []).find((j) => sameName(j, name));
  if (!member && joined === undefined) return null;
  const known = member?.name ?? (joined as string);
  const next = pairs.map((p): PairSlot => {
    if (p === source) {
      const left = (p.joined ?? []).filter((j) => !sameName(j, known));
      return { ...p, members: p.members.filter((m) => m !== member), ...(p.joined ? { joined: left } : {}) };
    }
    if (p !== target) return p;
    if (member) return { ...p, members: [...p.members, member], ...(p.joined ? { joined: p.joined.filter((j) => !sameName(j, known)) } : {}) };
    const already = p.members.some((m) => sameName(m.name, known)) || (p.joined ?? []).some((j) => sameName(j, known));
    return already ? p : { ...p, joined: [...(p.joined ?? []), known] };
  });
  return { pairs: next, name: known };
}

/**
 * The pairs whose dashboard summary a change of the workshop makes stale:
 * every pair when the rules changed (validity is judged by them), else the
 * pairs added and those whose roster or joined names changed.
 */
export function pairsToResummarize(before: WorkshopRecord, after: WorkshopRecord): number[] {
  if (before.rules !== after.rules && JSON.stringify(before.rules) !== JSON.stringify(after.rules)) return after.pairs.map((p) => p.n);
  if (before.pairs === after.pairs) return [];
  const old = new Map(before.pairs.map((p) => [p.n, p]));
  return after.pairs.filter((p) => old.get(p.n) !== p).map((p) => p.n);
}

/** Whether the leader's screens need the roster again: pairs were added, or someone moved. */
export const rosterChanged = (before: WorkshopRecord, after: WorkshopRecord): boolean =>
  before.pairs.length !== after.pairs.length || before.moves !== after.moves;
