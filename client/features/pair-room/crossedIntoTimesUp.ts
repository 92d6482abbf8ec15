import type { ClockPhase } from '../../../shared/protocol/clock.js';

/** The phases in which the clock was counting: from these, reaching "up" is the moment time ran out. */
const COUNTING: ReadonlySet<ClockPhase> = new Set(['running', 'warning', 'paused']);

/**
 * Whether the clock just ran out: this screen saw it counting and now sees
 * time's up. `previous` is `null` until the screen has seen the clock, so
 * opening (or reloading) a room whose time is already up does not ring.
 */
export function crossedIntoTimesUp(previous: ClockPhase | null, next: ClockPhase | null): boolean {
  return next === 'up' && previous !== null && COUNTING.has(previous);
}
