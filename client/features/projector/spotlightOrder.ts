/**
 * Which pairs the spotlight steps through (issue 15: only pairs that chose
 * something; an empty plan tells the room nothing), and the next one either way.
 */
import type { PairSummary } from '../../../shared/tally/summarizePair.js';

/** The numbers of the pairs that chose something, in order. */
export function spotlightOrder(pairs: readonly PairSummary[]): number[] {
  return pairs
    .filter((p) => p.chosenCount > 0)
    .map((p) => p.n)
    .sort((a, b) => a - b);
}

/** The pair after (`step` 1) or before (`step` −1) `current`, wrapping; from the tally (`null`), the first or last. */
export function stepSpotlight(order: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (order.length === 0) return null;
  if (current === null) return step === 1 ? order[0] : order[order.length - 1];
  const at = order.indexOf(current);
  if (at === -1) {
    // The pair is not in the order (gone, or jumped to by number): go to the nearest one in that direction.
    const next = step === 1 ? order.find((n) => n > current) : [...order].reverse().find((n) => n < current);
    return next ?? (step === 1 ? order[0] : order[order.length - 1]);
  }
  return order[(at + step + order.length) % order.length];
}
