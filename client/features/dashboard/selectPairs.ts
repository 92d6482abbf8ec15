/**
 * The dashboard's filters and sorts over pair summaries. Pure: the server
 * computed each pair's state with the shared rules engine; this only picks
 * and orders cards (and counts them per filter).
 */
import type { PairState, PairSummary } from '../../../shared/tally/summarizePair.js';

/** A pair that has started but not changed its plan for this long is idle. */
export const IDLE_AFTER_MS = 3 * 60_000;

export const PAIR_FILTERS = ['all', 'attention', 'not-started', 'breaking-rule', 'agreed', 'idle', 'help'] as const;
export type PairFilter = (typeof PAIR_FILTERS)[number];

export const PAIR_SORTS = ['pair', 'attention', 'progress', 'recent'] as const;
export type PairSort = (typeof PAIR_SORTS)[number];

/** Started, not agreed, and nothing changed for {@link IDLE_AFTER_MS}. */
export function isIdle(pair: PairSummary, serverNow: number): boolean {
  return !pair.agreed && pair.state !== 'not-started' && pair.lastChangeAt !== null && serverNow - pair.lastChangeAt >= IDLE_AFTER_MS;
}

/** Asked for help, breaking a rule, or idle: what the leader should look at first. */
export function needsAttention(pair: PairSummary, serverNow: number): boolean {
  return pair.help || pair.state === 'breaking-rule' || isIdle(pair, serverNow);
}

/** Whether a pair shows under `filter`. */
export function matchesFilter(pair: PairSummary, filter: PairFilter, serverNow: number): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'attention':
      return needsAttention(pair, serverNow);
    case 'not-started':
    case 'breaking-rule':
    case 'agreed':
      return pair.state === filter;
    case 'idle':
      return isIdle(pair, serverNow);
    case 'help':
      return pair.help;
  }
}

/** How many pairs each filter shows. */
export function countByFilter(pairs: readonly PairSummary[], serverNow: number): Record<PairFilter, number> {
  const counts = Object.fromEntries(PAIR_FILTERS.map((f) => [f, 0])) as Record<PairFilter, number>;
  for (const pair of pairs) for (const filter of PAIR_FILTERS) if (matchesFilter(pair, filter, serverNow)) counts[filter]++;
  return counts;
}

/** Lower comes first when sorting by what needs the leader. */
const ATTENTION: Record<PairState, number> = { 'breaking-rule': 1, 'not-started': 3, drafting: 4, valid: 5, agreed: 6 };

function attention(pair: PairSummary, serverNow: number): number {
  if (pair.help) return 0;
  if (isIdle(pair, serverNow) && pair.state !== 'breaking-rule') return 2;
  return ATTENTION[pair.state];
}

type Compare = (a: PairSummary, b: PairSummary) => number;

function comparator(sort: PairSort, serverNow: number): Compare {
  switch (sort) {
    case 'pair':
      return () => 0;
    case 'attention':
      return (a, b) => attention(a, serverNow) - attention(b, serverNow);
    case 'progress':
      return (a, b) => b.coveredCount - a.coveredCount || b.chosenCount - a.chosenCount;
    case 'recent':
      return (a, b) => (b.lastChangeAt ?? -Infinity) - (a.lastChangeAt ?? -Infinity) || 0;
  }
}

/** The cards to show: filtered, then sorted (ties by pair number). */
export function selectPairs(pairs: readonly PairSummary[], filter: PairFilter, sort: PairSort, serverNow: number): PairSummary[] {
  const compare = comparator(sort, serverNow);
  return pairs.filter((p) => matchesFilter(p, filter, serverNow)).sort((a, b) => compare(a, b) || a.n - b.n);
}
