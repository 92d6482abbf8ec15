/**
 * The API's JSON answers, as zod schemas: the client parses each with its
 * schema (client/api/), the server types what it sends as `Wire<typeof …>`
 * (shared/protocol/wire.ts), and the OpenAPI document (api.ts) shows them.
 */
import { z } from 'zod';
import { parseListLang } from '../lists/parseListTranslations.js';
import { LIST_MODES } from '../lists/types.js';
import { clockStateSchema, broadcastSchema, leaderLiveSchema, workshopLiveSchema } from './live.js';
import { pairSummariesSchema } from './pairSummary.js';
import { finite, safeInt, texts } from './wire.js';
import { activityListSchema, leaderWorkshopSchema, rulesSchema } from './workshop.js';

/** Every 4xx/5xx body: words a person can act on. */
export const errorResponse = z.object({ error: z.string() });

/** `GET /api/lists`: the built-in activity lists. */
export const listsResponse = z.array(activityListSchema);

/** `201` of `POST /api/workshops` and `POST /api/workshops/import`: the links, and the key (shown once, stored only hashed). */
export const createdWorkshopResponse = z.object({
  id: z.string(),
  joinCode: z.string(),
  joinUrl: z.string(),
  facilitatorUrl: z.string(),
  facilitatorKey: z.string(),
});
export type CreatedWorkshop = z.output<typeof createdWorkshopResponse>;

/** `GET /api/join/:code`: what a join page shows about a workshop. */
export const joinInfoResponse = z.object({
  workshopId: z.string(),
  title: z.string(),
  listTitle: z.string().catch(''),
  /** The language of `listTitle`. */
  listLang: z.string().optional().transform((v) => parseListLang(v) ?? 'en').catch('en'),
  /** The list's title by language, for the languages it reads in (its own included). */
  listTitles: z
    .record(z.string(), z.unknown())
    .optional()
    .catch({})
    .transform((titles = {}) => Object.fromEntries(Object.entries(titles).filter((e): e is [string, string] => typeof e[1] === 'string'))),
  mode: z.enum(LIST_MODES).catch('choose'),
  /** Each pair's roster names (`members`) and the names of others who joined it so far (`joined`, at most 8). */
  pairs: z.array(z.object({ n: safeInt, members: texts, joined: texts })),
  /** This answer's version: `?after=<version>` waits for the next change (issue 14). */
  version: z.string().optional().catch(undefined),
});
export type JoinInfo = z.output<typeof joinInfoResponse>;

/** Who this browser is in the workshop: the session a join created. */
export const sessionSchema = z.object({ workshopId: z.string(), pair: safeInt, participantId: z.string(), name: z.string() });
export type Session = z.output<typeof sessionSchema>;

/** `GET /api/workshops/:id/session`: the session, and the workshop as a pair room needs it. */
export const sessionInfoResponse = z.object({
  session: sessionSchema,
  workshop: z.object({ id: z.string(), title: z.string(), joinCode: z.string(), list: activityListSchema, rules: rulesSchema, pairCount: safeInt }),
  live: workshopLiveSchema.nullable().catch(null),
  serverNow: finite.optional().catch(undefined),
});
export type SessionInfo = z.output<typeof sessionInfoResponse>;
export type RoomWorkshop = SessionInfo['workshop'];

/** The 401 of `GET /api/workshops/:id/session`: join first, with this code. */
export const notJoinedResponse = z.object({ error: z.string(), joinCode: z.string() });

/** `DELETE /api/workshops/:id` (issue 14 "My workshops"): every stored byte of it is gone. */
export const deletedWorkshopResponse = z.object({ ok: z.literal(true), deleted: z.string() });

/** `POST /api/workshops/:id/leave`. */
export const leftResponse = z.object({ ok: z.literal(true) });

/** `GET /api/workshops/:id`: the leader's workshop, its join link, its state and every pair's summary. */
export const leaderWorkshopResponse = leaderWorkshopSchema.extend({
  joinUrl: z.string(),
  live: leaderLiveSchema,
  summaries: pairSummariesSchema,
  serverNow: finite,
});

/** `POST /api/workshops/:id/clock`. */
export const clockResponse = z.object({ clock: clockStateSchema, serverNow: finite });

/** `POST /api/workshops/:id/broadcast` (`null`: the message was taken down). */
export const broadcastResponse = z.object({ broadcast: broadcastSchema.nullable() });

/** `POST /api/workshops/:id/lock` and `/unlock`. */
export const lockResponse = z.object({ locked: z.boolean() });
