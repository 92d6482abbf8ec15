/**
 * The workshop-wide state every pair room and dashboard shows (clock, lock,
 * broadcast), as one zod schema: the server types what it sends with it,
 * the client parses what arrives with it, all the way down, so a malformed
 * message can never put NaN on the countdown.
 */
import { z } from 'zod';
import { CLOCK_STATUSES, type ClockState } from './clock.js';
import { finite } from './wire.js';
import { sessionSettingsSchema } from './sessionSettings.js';


/** The stored clock (see `ClockState`). */
export const clockStateSchema = z.object({
  status: z.enum(CLOCK_STATUSES),
  durationMs: finite,
  endsAt: finite.nullable(),
  remainingMs: finite,
}) satisfies z.ZodType<ClockState>;

/** A message from the leader shown in every pair room. */
export const broadcastSchema = z.object({ id: z.string(), text: z.string(), at: finite });
export type Broadcast = z.infer<typeof broadcastSchema>;

/** The workshop-wide state every pair room shows; a missing broadcast reads as none. */
export const workshopLiveSchema = z.object({
  clock: clockStateSchema,
  locked: z.boolean(),
  broadcast: broadcastSchema.nullish().transform((b) => b ?? null),
  /** Title, rules and pair count as the leader last changed them (issue 14); absent from older servers. */
  settings: sessionSettingsSchema.optional().catch(undefined),
});
export type WorkshopLive = z.output<typeof workshopLiveSchema>;

/** The workshop state, or `null` when `v` is not one. */
export function parseWorkshopLive(v: unknown): WorkshopLive | null {
  const result = workshopLiveSchema.safeParse(v);
  return result.success ? result.data : null;
}
