/**
 * The leader's dashboard stream (`/ws/dashboard/<workshopId>`, see
 * socketPaths.ts), JSON text frames, both directions. The first client
 * frame must be `{ t: 'auth', key }` (the key never travels in a URL).
 */
import { z } from 'zod';
import { leaderLiveSchema } from './live.js';
import { pairSummariesSchema } from './pairSummary.js';
import { finite, safeInt } from './wire.js';
import { leaderWorkshopSchema, rosterPairSchema } from './workshop.js';

/** Longest dashboard frame the server reads before it is authenticated, in characters. */
export const DASHBOARD_AUTH_MAX_LENGTH = 1000;

/** Dashboard → server. */
export const dashboardClientMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('auth'), key: z.string() }),
  z.object({ t: z.literal('ping'), id: safeInt }),
]);
export type DashboardClientMessage = z.output<typeof dashboardClientMessageSchema>;

/** Server → dashboard. `summaries` in `init` is every pair; in `pairs` only the changed ones. */
export const dashboardServerMessageSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('init'), workshop: leaderWorkshopSchema, live: leaderLiveSchema, summaries: pairSummariesSchema, serverNow: finite }),
  z.object({ t: z.literal('pairs'), summaries: pairSummariesSchema }),
  z.object({ t: z.literal('live'), live: leaderLiveSchema, serverNow: finite }),
  z.object({ t: z.literal('pong'), id: safeInt, serverNow: finite }),
  /** The pairs and their rosters again, after the leader added pairs or moved someone (issue 14). */
  z.object({ t: z.literal('roster'), pairs: z.array(rosterPairSchema) }),
]);
export type DashboardServerMessage = z.output<typeof dashboardServerMessageSchema>;

/** Parses a frame's JSON text with `schema`: the message, `null` for JSON that is no such message, `undefined` when it is not JSON text. */
function parseFrame<T>(schema: z.ZodType<T>, text: unknown): T | null | undefined {
  if (typeof text !== 'string') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = schema.safeParse(raw);
  return result.success ? result.data : null;
}

/** A dashboard's frame, as the server reads it (`undefined`: not JSON, which closes the socket). */
export const parseDashboardClientMessage = (text: string): DashboardClientMessage | null | undefined => parseFrame(dashboardClientMessageSchema, text);

/** A server frame, as the dashboard reads it; `null` when it is not a message the dashboard knows. */
export const parseDashboardServerMessage = (text: unknown): DashboardServerMessage | null => parseFrame(dashboardServerMessageSchema, text) ?? null;
