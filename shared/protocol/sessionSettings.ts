/**
 * What the leader may change while a workshop runs and every pair room
 * shows (issue 14, "Change the session while it runs"): the title, the
 * rules and how many pairs there are. It travels in the live state
 * (`WorkshopLive.settings`), so a rename or new rules reach every open pair
 * room with the next `workshop` control message, on every instance.
 */
import { z } from 'zod';
import { safeInt } from './wire.js';
import { rulesSchema } from './workshop.js';

/** The workshop's title, rules and number of pairs now. */
export const sessionSettingsSchema = z.object({
  title: z.string(),
  rules: rulesSchema,
  pairCount: safeInt,
});
export type SessionSettings = z.output<typeof sessionSettingsSchema>;
