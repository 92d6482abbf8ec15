import type { ClockPhase } from '../../../shared/protocol/clock.js';

/**
 * Whether the clock just reached the warning (issue 14: the workshop's
 * chosen time before the end): this screen saw it running and now sees the
 * warning. Opening a room already in the warning, or resuming into it, does
 * not count, so the chime rings once per run.
 */
export function crossedIntoWarning(previous: ClockPhase | null, next: ClockPhase | null): boolean {
  return previous === 'running' && next === 'warning';
}
