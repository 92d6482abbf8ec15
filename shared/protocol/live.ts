/**
 * The workshop-wide state every pair room and dashboard shows (clock, lock,
 * broadcast), as one zod schema: the server types what it sends with it,
 * the client parses what arrives with it, all the way down, so a malformed
 * message can never put NaN on the countdown.
 */
import { z } from 'zod';
import { CLOCK_STATUSES, CLOCK_WARNING_MS, type ClockState } from './clock.js';
import { finite } from './wire.js';
import { sessionSettingsSchema } from './sessionSettings.js';


/** The stored clock (see `ClockState`). */
export const clockStateSchema = z.object({
  status: z.enum(CLOCK_STATUSES),
  durationMs: finite,
  endsAt: finite.nullable(),
  remainingMs: finite,
}) satisfies z.ZodType<ClockState>;

/** A message from the leader shown in every pair room, or (with `pair`) in that pair's room only. */
export const broadcastSchema = z.object({ id: z.string(), text: z.string(), at: finite, pair: z.number().int().optional().catch(undefined) });
export type Broadcast = z.infer<typeof broadcastSchema>;

/** The workshop-wide state every pair room shows; a missing broadcast reads as none. */
export const workshopLiveSchema = z.object({
  clock: clockStateSchema,
  locked: z.boolean(),
  broadcast: broadcastSchema.nullish().transform((b) => b ?? null),
  /** Title, rules and pair count as the leader last changed them (issue 14); absent from older servers. */
  settings: sessionSettingsSchema.optional().catch(undefined),
  /** Time's up (issue 14; shared/protocol/timesUp.ts): the warning's length, whether plans lock by themselves, and when. */
  warningMs: finite.min(0).optional().catch(undefined),
  autoLock: z.boolean().optional().catch(undefined),
  /** When the server will lock every plan by itself (server time), while it is due. */
  autoLockAt: finite.nullable().optional().catch(undefined),
});

/** The warning's length a screen uses (two minutes from a server that does not send it). */
export const warningMsOfLive = (live: Pick<WorkshopLive, 'warningMs'> | null): number => live?.warningMs ?? CLOCK_WARNING_MS;
export type WorkshopLive = z.output<typeof workshopLiveSchema>;

/** What the leader's screens get: the same, plus the history of messages sent (every pair's and each pair's). */
export const leaderLiveSchema = workshopLiveSchema.extend({
  messages: z.array(broadcastSchema).optional().catch(undefined),
});
export type LeaderLive = z.output<typeof leaderLiveSchema>;

/** The workshop state, or `null` when `v` is not one. */
export function parseWorkshopLive(v: unknown): WorkshopLive | null {
  const result = workshopLiveSchema.safeParse(v);
  return result.success ? result.data : null;
}
