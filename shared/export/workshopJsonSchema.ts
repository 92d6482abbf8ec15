/**
 * The zod schema of workshop.json, version 1. Plan values are checked by
 * the document's own parsers (`shared/doc/parseValues.ts`), so an imported
 * plan meets exactly the rules a live pair room enforces; the checks that
 * need the list (known ids, marks, write-in limits) run over the whole file.
 */
import { z } from 'zod';
import { DETAIL_FIELDS, parseDetail, type ItemDetails, type Parsed } from '../doc/fields.js';
import { parseAgreement, parseHelpFlag, parsePick, parseWriteIn } from '../doc/parseValues.js';
import { LIMITS, WRITE_IN_PREFIX, type HelpFlag } from '../doc/schema.js';
import { parseListLang, parseListTranslations, type ListTranslations } from '../lists/parseListTranslations.js';
import { LIST_MODES } from '../lists/types.js';
import { WORKSHOP_LIMITS } from '../protocol/limits.js';
import { emailSchema } from '../roster/emailSchema.js';
import { RULE_BOUNDS } from '../rules/ruleBounds.js';
import { timeZoneSchema } from '../time/timeZone.js';

/** Bounds of a workshop file, generous for any real workshop, tight enough to bound the work. */
export const WORKSHOP_JSON_LIMITS = {
  pairs: 1000,
  strategies: 50,
  activitiesPerStrategy: 500,
  text: 2000,
  title: 200,
  paragraphs: 50,
} as const;
const L = WORKSHOP_JSON_LIMITS;

/** A zod type that accepts what `parse` accepts and fails with its reason. */
function fromParser<T>(parse: (v: unknown) => Parsed<T>) {
  return z.unknown().transform((v, ctx): T => {
    const result = parse(v);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.reason });
    return z.NEVER;
  });
}

/** A type error that says "is required" when the value is missing. */
const expected = (what: string) => ({ error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what) });

/** List ids: what the built-in and imported lists use, never a write-in id, never the details separator. */
const itemId = z
  .string(expected('must be text'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$/, 'must be 1 to 40 letters, digits, "-", "_" or "."')
  .refine((id) => !id.startsWith(WRITE_IN_PREFIX), `must not start with "${WRITE_IN_PREFIX}" (write-in ids do)`);
const text = (max: number) => z.string(expected('must be text')).max(max, `is longer than ${max} characters`);
const required = (max: number) => text(max).trim().min(1, 'is empty');

const activity = z.object({ id: itemId, text: required(L.text), short: text(L.title).optional() });
const strategy = z.object({
  id: itemId,
  title: required(L.title),
  description: text(L.text),
  writeInPrompt: text(L.text).optional(),
  activities: z.array(activity).max(L.activitiesPerStrategy, `has more than ${L.activitiesPerStrategy} activities`),
});

const rules = z.object({
  minPerStrategy: z.number(expected('must be a number')).int().min(RULE_BOUNDS.minPerStrategy.min).max(RULE_BOUNDS.minPerStrategy.max),
  maxTotal: z.number(expected('must be a number or null')).int().min(RULE_BOUNDS.maxTotal.min).max(RULE_BOUNDS.maxTotal.max).nullable(),
  minutes: z.number(expected('must be a number or null')).min(RULE_BOUNDS.minutes.min).max(RULE_BOUNDS.minutes.max).nullable(),
});

/** A list's translations (issue 7), read by the same parser as a leader's own list. */
const translations = z
  .unknown()
  .optional()
  .transform((v, ctx): ListTranslations | undefined => {
    const result = parseListTranslations(v, 'translations');
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.error.replace(/^translations[.:]?\s*/, '') });
    return z.NEVER;
  });

const list = z.object({
  id: required(WORKSHOP_LIMITS.listIdLength),
  lang: z
    .string(expected('must be text'))
    .refine((v) => parseListLang(v) !== undefined, 'must be a language code like "en"')
    .optional(),
  title: required(L.title),
  subtitle: text(L.title).optional(),
  source: text(L.text),
  directions: z.array(text(L.text)).max(L.paragraphs),
  prompts: z.array(text(L.text)).max(L.paragraphs).optional(),
  promptsJoin: text(L.title).optional(),
  mode: z.enum(LIST_MODES, expected('must be "choose" or "inventory"')),
  rules,
  writeIns: z.boolean(expected('must be true or false')),
  hasStrategies: z.boolean(expected('must be true or false')),
  strategies: z.array(strategy).min(1, 'has no strategies').max(L.strategies, `has more than ${L.strategies} strategies`),
  translations,
});

const details = z.object(
  Object.fromEntries(DETAIL_FIELDS.map((field) => [field, fromParser((v) => parseDetail(field, v)).optional()])),
) as unknown as z.ZodType<ItemDetails>;

const map = expected('must be an object');
const plan = z.object({
  picks: z.record(z.string(), fromParser(parsePick), map),
  writeIns: z.record(z.string(), fromParser(parseWriteIn), map),
  details: z.record(z.string(), details, map),
  agreements: z.record(z.string().min(1, 'participant id is empty').max(LIMITS.idLength, 'participant id is too long'), fromParser(parseAgreement), map),
  // Optional: a file may leave out the help request (it is not restored anyway).
  help: z
    .unknown()
    .optional()
    .transform((v, ctx): HelpFlag | null => {
      if (v === null || v === undefined) return null;
      const result = parseHelpFlag(v);
      if (result.ok) return result.value;
      ctx.addIssue({ code: 'custom', message: result.reason });
      return z.NEVER;
    }),
});

const member = z.object({
  name: required(LIMITS.nameLength),
  // The set-up screen's and the API's check (shared/roster/parseEmail.ts), so an edited file cannot carry a row-breaking e-mail.
  email: emailSchema.optional(),
});

const pair = z.object({
  n: z.number(expected('must be a number')).int('must be a whole number').min(1, 'must be at least 1'),
  members: z.array(member).max(LIMITS.agreements),
  plan,
});

/** The structure of a workshop file; the checks against its list come after (see `parseWorkshopJson`). */
export const workshopJsonShape = z.object({
  exportedAt: text(40).optional(),
  title: required(WORKSHOP_LIMITS.title),
  list,
  rules,
  timeZone: timeZoneSchema.optional(),
  pairs: z.array(pair).min(1, 'has no pairs').max(L.pairs, `has more than ${L.pairs} pairs`),
});

/** A workshop file as its structure checks leave it (before the checks against its list). */
export type WorkshopJsonShape = z.infer<typeof workshopJsonShape>;
