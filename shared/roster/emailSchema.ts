/**
 * {@link parseEmail} as a zod type, for the server's request bodies and the
 * workshop.json import: the same check the set-up screen runs, so a body or a
 * file that the screen would refuse is refused with the same words.
 */
import { z } from 'zod';
import { parseEmail } from './parseEmail.js';

/** Text that {@link parseEmail} accepts, as the lower-case address; otherwise an issue naming it. */
export const emailSchema = z.string({ error: 'email must be text' }).transform((raw, ctx): string => {
  const parsed = parseEmail(raw);
  if (parsed.ok) return parsed.email;
  ctx.addIssue({ code: 'custom', message: parsed.error });
  return z.NEVER;
});
