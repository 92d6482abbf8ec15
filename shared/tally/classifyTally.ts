/**
 * What the room should hear about the tally (issue 15): the activities most
 * pairs agree on, the ones pairs split on, and the ones nobody chose. Pure:
 * the projector shows it; exports and tests can call it too.
 */
import type { Tally, TallyRow } from './aggregatePlans.js';

/** The share of active pairs an activity needs to be a consensus pick, unless the leader sets another. */
export const DEFAULT_CONSENSUS_SHARE = 0.5;

/** The shares a leader can choose from, smallest first. */
export const CONSENSUS_SHARES = [0.25, 0.34, 0.5, 0.67, 0.75, 1] as const;

/** A tally row with the title of its strategy. */
export type ClassifiedRow = TallyRow & { readonly strategyId: string; readonly strategy: string };

/** The tally's activities in the three groups the projector shows. */
export interface TallyClasses {
  /** Pairs an activity needs to be a consensus pick (at least 1). */
  readonly threshold: number;
  /** Chosen by at least `threshold` pairs, most chosen first. */
  readonly consensus: readonly ClassifiedRow[];
  /** Chosen, and flagged "we split on this" by at least one pair, most split first. */
  readonly contested: readonly ClassifiedRow[];
  /** Chosen by no pair, in list order. */
  readonly notChosen: readonly ClassifiedRow[];
}

/** Pairs needed for `share` (0..1, clamped) of the tally's active pairs; at least one. */
export function consensusThreshold(tally: Tally, share: number): number {
  const clamped = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : DEFAULT_CONSENSUS_SHARE;
  return Math.max(1, Math.ceil(clamped * tally.activePairs - 1e-9));
}

/**
 * Sorts every activity of the tally into consensus picks (chosen by at least
 * `share` of the pairs that chose anything), contested ones and ones nobody
 * chose. A consensus pick can also be contested; nothing unchosen is either.
 */
export function classifyTally(tally: Tally, share: number = DEFAULT_CONSENSUS_SHARE): TallyClasses {
  const threshold = consensusThreshold(tally, share);
  const rows: ClassifiedRow[] = tally.strategies.flatMap((s) => s.rows.map((r) => ({ ...r, strategyId: s.strategyId, strategy: s.title })));
  const stable = <T>(list: T[], by: (a: T, b: T) => number): T[] => list.map((v, i) => ({ v, i })).sort((a, b) => by(a.v, b.v) || a.i - b.i).map((x) => x.v);
  return {
    threshold,
    consensus: tally.activePairs === 0 ? [] : stable(rows.filter((r) => r.count >= threshold), (a, b) => b.count - a.count),
    contested: stable(rows.filter((r) => r.count > 0 && r.split > 0), (a, b) => b.split - a.split || b.count - a.count),
    notChosen: rows.filter((r) => r.count === 0),
  };
}
