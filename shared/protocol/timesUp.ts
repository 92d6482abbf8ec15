/**
 * Time's up as facilitators run it (issue 14): a warning on every screen a
 * chosen time before the end, "Need more time?" for the leader at zero, and,
 * when the workshop is set up for it, every plan locked automatically a short
 * grace after zero — so the leader's +2 / +5 at zero comes before anything
 * locks, and the lock happens on the server whether or not a dashboard is open.
 */
import { z } from 'zod';
import { CLOCK_WARNING_MS, type ClockState } from './clock.js';

/** The workshop's time's-up settings, as stored (absent in older workshops: {@link TIMES_UP_DEFAULTS}). */
export interface TimesUpSettings {
  /** Minutes before the end at which every screen warns (0: no warning). */
  readonly warningMinutes: number;
  /** Whether the server locks every plan by itself when time is up (after {@link AUTO_LOCK_GRACE_MS}). */
  readonly autoLock: boolean;
}

/** Two minutes' warning, no automatic lock: what every workshop did before these settings existed. */
export const TIMES_UP_DEFAULTS: TimesUpSettings = { warningMinutes: CLOCK_WARNING_MS / 60_000, autoLock: false };

/** The warning's bounds, in minutes (0 turns it off). */
export const WARNING_MINUTES = { min: 0, max: 30 } as const;

/**
 * How long after zero an automatic lock waits: long enough for the leader to
 * read "Need more time?" and press +2 or +5 (which cancels it), short enough
 * that the plans are locked before the report-out starts. Partners see the
 * lock coming ("Plans lock in 0:25") and can finish the tick they are making.
 */
export const AUTO_LOCK_GRACE_MS = 30_000;

const warningMinutes = z
  .number({ error: 'timesUp.warningMinutes must be a number' })
  .min(WARNING_MINUTES.min, `timesUp.warningMinutes must be at least ${WARNING_MINUTES.min}`)
  .max(WARNING_MINUTES.max, `timesUp.warningMinutes must be at most ${WARNING_MINUTES.max}`);
const autoLock = z.boolean({ error: 'timesUp.autoLock must be true or false' });

/** The settings in `POST /api/workshops` (either field may be left out: its default). */
export const timesUpSetupBody = z.object({ warningMinutes: warningMinutes.optional(), autoLock: autoLock.optional() }).strict();

/** `POST /api/workshops/:id/timesUp`: changes one or both settings while the workshop runs. */
export const timesUpBody = z
  .object({ warningMinutes: warningMinutes.optional(), autoLock: autoLock.optional() })
  .strict()
  .refine((b) => b.warningMinutes !== undefined || b.autoLock !== undefined, 'give warningMinutes, autoLock or both');

/** The stored settings with `change` applied (defaults for a workshop made before they existed). */
export function withTimesUp(current: TimesUpSettings | undefined, change: Partial<TimesUpSettings>): TimesUpSettings {
  const base = current ?? TIMES_UP_DEFAULTS;
  return { warningMinutes: change.warningMinutes ?? base.warningMinutes, autoLock: change.autoLock ?? base.autoLock };
}

/** The warning's length in ms. */
export function warningMsOf(settings: TimesUpSettings | undefined): number {
  return Math.round((settings ?? TIMES_UP_DEFAULTS).warningMinutes * 60_000);
}

/**
 * When the server locks every plan by itself, or `null` for never: a grace
 * after the clock's zero while auto-lock is on. A running clock's zero is its
 * `endsAt`; a clock the leader ended is at zero now. Paused, idle or with
 * auto-lock off: never. Recomputed on every clock or settings change, so +2
 * at zero moves it past the new end, and unlocking after it fired stays
 * unlocked (it is cleared when it fires).
 */
export function autoLockAtFor(clock: ClockState, settings: TimesUpSettings | undefined, now: number, graceMs = AUTO_LOCK_GRACE_MS): number | null {
  if (!(settings ?? TIMES_UP_DEFAULTS).autoLock) return null;
  if (clock.status === 'running' && clock.endsAt !== null) return clock.endsAt + graceMs;
  if (clock.status === 'ended') return now + graceMs;
  return null;
}

/** The answer of `POST /api/workshops/:id/timesUp`: the settings now, and when the automatic lock is due (`null`: not due). */
export const timesUpResponse = z.object({
  timesUp: z.object({ warningMinutes: z.number(), autoLock: z.boolean() }),
  autoLockAt: z.number().nullable(),
});
