/**
 * The API's JSON request bodies, as zod schemas: the server parses each
 * from `unknown` into a typed value or a 400 that names the field
 * (server/http/parseBody.ts); the client types what it sends as
 * `Wire<typeof …>` (wire.ts); the OpenAPI document (api.ts) shows them.
 */
import { z } from 'zod';
import { LIMITS } from '../doc/schema.js';
import { LIST_MODES } from '../lists/types.js';
import { CLOCK_ACTIONS, CLOCK_MINUTES } from './clock.js';
import { BROADCAST_MAX_LENGTH } from './control.js';
import { JOIN_CODE_INPUT_MAX_LENGTH } from './joinCode.js';
import { WORKSHOP_LIMITS } from './limits.js';
import { emailSchema } from '../roster/emailSchema.js';
import { RULE_BOUNDS, type Bound } from '../rules/ruleBounds.js';
import { timeZoneSchema } from '../time/timeZone.js';
import { timesUpSetupBody } from './timesUp.js';

const MAX_PAIRS = WORKSHOP_LIMITS.pairs;
const MINUTES = RULE_BOUNDS.minutes;

/** "a, b or c" (with `quote`, "\"a\", \"b\" or \"c\""): the values a field may take, for its error. */
const oneOf = (values: readonly string[], quote = false): string => {
  const shown = quote ? values.map((v) => JSON.stringify(v)) : values;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
};

/** A whole number within `bound`. */
const wholeIn = (bound: Bound, error: string) => z.number({ error }).int().min(bound.min).max(bound.max);

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

/** A workshop's rules, as the leader sets them. */
export const rulesBody = z.object({
  minPerStrategy: wholeIn(RULE_BOUNDS.minPerStrategy, 'rules.minPerStrategy must be a number'),
  maxTotal: wholeIn(RULE_BOUNDS.maxTotal, 'rules.maxTotal must be a number or null').nullable(),
  minutes: z
    .number({ error: 'rules.minutes must be a number or null (no clock unless the leader starts one)' })
    .min(MINUTES.min, `rules.minutes must be at least ${MINUTES.min}`)
    .max(MINUTES.max, `rules.minutes must be at most ${MINUTES.max}`)
    .nullable(),
});

/** `POST /api/workshops`: a built-in list or the leader's own, and a number of pairs or a roster. */
export const createWorkshopBody = z.object({
  title: trimmed(WORKSHOP_LIMITS.title, 'title').optional(),
  listId: z.string({ error: 'listId must be text' }).max(WORKSHOP_LIMITS.listIdLength).optional(),
  /** A leader's own list (see shared/lists/parseListImport.ts for the format). */
  list: z.unknown().optional(),
  mode: z.enum(LIST_MODES, { error: `mode must be ${oneOf(LIST_MODES, true)}` }).optional(),
  rules: rulesBody.optional(),
  pairs: z
    .number({ error: `pairs must be a whole number from 1 to ${MAX_PAIRS}` })
    .int(`pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .min(1, `pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .max(MAX_PAIRS, `pairs must be a whole number from 1 to ${MAX_PAIRS}`)
    .optional(),
  roster: z.array(person, { error: 'roster must be a list of people' }).min(1, 'roster is empty').max(WORKSHOP_LIMITS.rosterPeople, `roster has more than ${WORKSHOP_LIMITS.rosterPeople} people`).optional(),
  /** Where exports print times (the leader's browser's zone); UTC when absent. */
  timeZone: timeZoneSchema.optional(),
  /** The warning before the end and the automatic lock at zero (issue 14; shared/protocol/timesUp.ts). */
  timesUp: timesUpSetupBody.optional(),
});

/** `POST /api/join`: the code, the person's name and (unless the roster places them) their pair. */
export const joinBody = z.object({
  code: z.string({ error: 'code is required' }).max(JOIN_CODE_INPUT_MAX_LENGTH, 'code is too long'),
  name: trimmed(LIMITS.nameLength, 'name'),
  pair: z.number({ error: 'pair must be a number' }).int('pair must be a whole number').optional(),
});

/** `POST /api/workshops/:id/clock`. */
export const clockBody = z.object({
  action: z.enum(CLOCK_ACTIONS, { error: `action must be ${oneOf(CLOCK_ACTIONS)}` }),
  minutes: z
    .number({ error: 'minutes must be a number' })
    .min(CLOCK_MINUTES.min, `minutes must be at least ${CLOCK_MINUTES.min}`)
    .max(CLOCK_MINUTES.max, `minutes must be at most ${CLOCK_MINUTES.max}`)
    .optional(),
});

/** `POST /api/workshops/:id/broadcast`: to every pair, or with `pair` to that pair only (issue 14); '' takes the current message down. */
export const broadcastBody = z.object({
  message: z.string({ error: 'message must be text' }).max(BROADCAST_MAX_LENGTH, `message is longer than ${BROADCAST_MAX_LENGTH} characters`),
  pair: z.number({ error: 'pair must be a number' }).int('pair must be a whole number').min(1, 'pair must be at least 1').max(MAX_PAIRS, `pair must be at most ${MAX_PAIRS}`).optional(),
});
