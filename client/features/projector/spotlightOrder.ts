/**
 * Which pairs the spotlight steps through, and the next one either way.
 * Pairs that have chosen nothing are skipped (nothing to show the room),
 * unless no pair has chosen anything yet.
 */
import type { PairSummary } from '../../../shared/tally/summarizePair.js';

/** The pair numbers to step through, in order. */
export function spotlightOrder(pairs: readonly PairSummary[]): number[] {
  const active = pairs.filter((p) => p.chosenCount > 0 || Object.keys(p.plan.writeIns).length > 0);
  return (active.length > 0 ? active : pairs).map((p) => p.n);
}

/** The pair after (`step` 1) or before (`step` −1) `current`, wrapping; from the tally (`null`), the first or last. */
export function stepSpotlight(order: readonly number[], current: number | null, step: 1 | -1): number | null {
  if (order.length === 0) return null;
  if (current === null) return step === 1 ? order[0] : order[order.length - 1];
  const at = order.indexOf(current);
  if (at === -1) {
    // The pair left the order (it unticked everything): go to the nearest one in that direction.
    const next = step === 1 ? order.find((n) => n > current) : [...order].reverse().find((n) => n < current);
    return next ?? (step === 1 ? order[0] : order[order.length - 1]);
  }
  return order[(at + step + order.length) % order.length];
}
