/**
 * Request bodies, parsed from `unknown` with zod into typed values or a
 * 400 that names the field.
 */
import { z } from 'zod';
import { LIMITS } from '../../shared/doc/schema.js';
import { emailSchema } from '../../shared/roster/emailSchema.js';
import { HttpError } from './errors.js';

/** Most pairs one workshop may have. */
export const MAX_PAIRS = 500;

const trimmed = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${what} is required`).max(max, `${what} is longer than ${max} characters`));

const person = z.object({
  name: trimmed(LIMITS.nameLength, 'roster name'),
  // The set-up screen's own check (shared/roster/parseEmail.ts): a bad e-mail is a 400 that names it.
  email: emailSchema.optional(),
  pair: z.number().int().min(1).max(MAX_PAIRS).optional(),
});

export const rulesBody = z.object({
  minPerStrategy: z.number({ error: 'rules.minPerStrategy must be a number' }).int().min(0).max(20),
  maxTotal: z.number({ error: 'rules.maxTotal must be a number or null' }).int().min(1).max(500).nullable(),
  minutes: z.number({ error: 'rules.minutes must be a number or null (no clock unless the leader starts one)' }).min(1, 'rules.minutes must be at least 1').max(240, 'rules.minutes must be at most 240').nullable(),
});

export const createWorkshopBody = z.object({
  title: trimmed(120, 'title').optional(),
  listId: z.string({ error: 'listId must be text' }).max(60).optional(),
  /** A leader's own list (see shared/lists/parseListImport.ts for the format). */
  list: z.unknown().optional(),
  mode: z.enum(['choose', 'inventory'], { error: 'mode must be "choose" or "inventory"' }).optional(),
  rules: rulesBody.optional(),
  pairs: z
    .number({ error: `pairs must be a whole number from 1 to ${MAX_PAIRS}` })
    .int(`pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .min(1, `pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .max(MAX_PAIRS, `pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .optional(),
  roster: z.array(person, { error: 'roster must be a list of people' }).min(1, 'roster is empty').max(2 * MAX_PAIRS, `roster has more than ${2 * MAX_PAIRS} people`).optional(),
});

export const joinBody = z.object({
  code: z.string({ error: 'code is required' }).max(20, 'code is too long'),
  name: trimmed(LIMITS.nameLength, 'name'),
  pair: z.number({ error: 'pair must be a number' }).int('pair must be a whole number').optional(),
});

/** Parses `body` or throws a 400 naming the first problem (every message names its field). */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  if (body === undefined) throw new HttpError(400, 'Send a JSON body with Content-Type: application/json.');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object.');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.');
  const missing = issue.code === 'invalid_type' && (body as Record<string, unknown>)[field] === undefined;
  // A custom check's message says what is wrong with the value; the path says which one ("roster.2.email").
  const message = issue.code === 'custom' && field !== '' ? `${field}: ${issue.message}` : issue.message;
  throw new HttpError(400, missing ? `${field} is required` : message);
}

export const clockBody = z.object({
  action: z.enum(['start', 'pause', 'resume', 'add', 'end', 'reset'], { error: 'action must be start, pause, resume, add, end or reset' }),
  minutes: z.number({ error: 'minutes must be a number' }).min(0.5, 'minutes must be at least 0.5').max(240, 'minutes must be at most 240').optional(),
});

export const broadcastBody = z.object({
  message: z.string({ error: 'message must be text' }).max(280, 'message is longer than 280 characters'),
});
