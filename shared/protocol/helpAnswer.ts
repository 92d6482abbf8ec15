/**
 * The leader's answer to a pair's "Ask for help" (issue 14): acknowledge it
 * ("On my way" shows in the pair room, with the time) or clear it. The
 * request itself is the pair's `flags.help` in its document; the answer is
 * written into that document by the server (the validator refuses an
 * acknowledgement from a partner), so the pair room, the dashboard, the
 * exports and every instance read one truth.
 */
import { z } from 'zod';
import { parseHelpFlag } from '../doc/parseValues.js';
import type { HelpFlag } from '../doc/schema.js';
import { WORKSHOP_LIMITS } from './limits.js';
import { finite } from './wire.js';

/** What the leader can do with a help request. */
export const HELP_ANSWERS = ['acknowledge', 'clear'] as const;
export type HelpAnswer = (typeof HELP_ANSWERS)[number];

/** `POST /api/workshops/:id/help`. */
export const helpBody = z
  .object({
    pair: z.number({ error: 'pair must be a number' }).int('pair must be a whole number').min(1, 'pair must be at least 1').max(WORKSHOP_LIMITS.pairs, `pair must be at most ${WORKSHOP_LIMITS.pairs}`),
    answer: z.enum(HELP_ANSWERS, { error: 'answer must be acknowledge or clear' }),
  })
  .strict();

/** The pair's help request after the answer (`null`: it never asked). */
export const helpResponse = z.object({
  pair: z.number().int(),
  help: z
    .object({ on: z.boolean(), by: z.string(), name: z.string(), at: finite, ackAt: finite.optional() })
    .nullable(),
});

/** Where a pair's help request stands, as the dashboard and the pair room show it. */
export type HelpStatus = 'none' | 'asked' | 'acknowledged';

/** The status of a (parsed) help flag. */
export function helpStatus(help: HelpFlag | null | undefined): HelpStatus {
  if (!help?.on) return 'none';
  return help.ackAt === undefined ? 'asked' : 'acknowledged';
}

/** A help flag from anywhere (a summary's plan), or `null`. */
export function readHelp(value: unknown): HelpFlag | null {
  const parsed = parseHelpFlag(value);
  return parsed.ok ? parsed.value : null;
}
