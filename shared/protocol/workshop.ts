/**
 * A workshop as the API sends it, as zod schemas the client parses with and
 * the server types its answers with: the activity list, the rules, the
 * roster's pairs, and the leader's view of the whole workshop
 * (`GET /api/workshops/:id`, the dashboard's `init`).
 *
 * The client stays lenient where a screen can do without a part: optional
 * texts default, translations that do not read are dropped (the list still
 * shows, in its own language), a roster member without a name is left out.
 */
import { z } from 'zod';
import { parseListLang, parseListTranslations } from '../lists/parseListTranslations.js';
import { LIST_MODES, type Activity, type ActivityList, type Rules, type Strategy } from '../lists/types.js';
import type { RosterPair } from '../roster/pairRoster.js';
import { lenientArray, safeInt, texts } from './wire.js';

/** Text, or left out when it is anything else. */
const optionalText = z.string().optional().catch(undefined);

/** A pick's item of a list. */
const activitySchema = z.object({ id: z.string(), text: z.string(), short: optionalText, lang: optionalText }) satisfies z.ZodType<Activity>;

const strategySchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().catch(''),
  writeInPrompt: optionalText,
  lang: optionalText,
  activities: z.array(activitySchema),
}) satisfies z.ZodType<Strategy>;

/** A workshop's (or a list's default) rules. */
export const rulesSchema = z.object({
  minPerStrategy: safeInt,
  maxTotal: safeInt.nullable(),
  minutes: z.number().nullable(),
}) satisfies z.ZodType<Rules>;

/** An activity list as the server sends it (`GET /api/lists`, a workshop's `list`). */
export const activityListSchema = z
  .object({
    id: z.string(),
    lang: z.string().optional().transform(parseListLang).catch(undefined),
    title: z.string(),
    subtitle: optionalText,
    source: z.string().catch(''),
    directions: texts,
    prompts: texts,
    promptsJoin: optionalText,
    mode: z.enum(LIST_MODES).catch('choose'),
    rules: rulesSchema,
    writeIns: z.boolean().catch(false),
    hasStrategies: z.boolean().catch(true),
    strategies: z.array(strategySchema),
    /** See shared/lists/parseListTranslations.ts for the shape. */
    translations: z.record(z.string(), z.unknown()).optional().catch(undefined).meta({ description: 'By language code: the list in that language (shared/lists/types.ts, ListTranslation).' }),
  })
  .transform(({ translations, ...list }): ActivityList => {
    const parsed = parseListTranslations(translations);
    return parsed.ok && parsed.value ? { ...list, translations: parsed.value } : list;
  });

/** One roster person (the e-mail only when there is one). */
const rosterPersonSchema = z
  .object({ name: z.string(), email: z.string().optional().catch(undefined) })
  .transform(({ name, email }) => (email ? { name, email } : { name }));

/** A pair (a Zoom breakout room) and the roster people placed in it; malformed people are left out. */
export const rosterPairSchema = z.object({
  n: safeInt,
  members: lenientArray(rosterPersonSchema),
}) satisfies z.ZodType<RosterPair>;

/** Everything about a workshop but its secrets: what the leader's screens show. */
export const leaderWorkshopSchema = z.object({
  id: z.string(),
  title: z.string(),
  joinCode: z.string(),
  createdAt: z.number().catch(0),
  list: activityListSchema,
  rules: rulesSchema,
  pairs: z.array(rosterPairSchema),
  /** Where the exports print times (IANA); absent for workshops made before it was kept (UTC). */
  timeZone: z.string().optional().catch(undefined),
});
export type LeaderWorkshop = z.output<typeof leaderWorkshopSchema>;
