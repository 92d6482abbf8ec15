/** The pair room's requests: the participant session and leaving it. */
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import type { WorkshopLive } from '../../shared/protocol/control.js';
import { parseWorkshopLive } from '../sync/parseWorkshopLive.js';
import { expectShape, fetchJson, is } from './http.js';
import { parseActivityList } from './parseActivityList.js';

/** Who this browser is in the workshop. */
export interface Session {
  readonly workshopId: string;
  readonly pair: number;
  readonly participantId: string;
  readonly name: string;
}

/** The workshop as a pair room needs it. */
export interface RoomWorkshop {
  readonly id: string;
  readonly title: string;
  readonly joinCode: string;
  readonly list: ActivityList;
  readonly rules: Rules;
  readonly pairCount: number;
}

/** `GET /api/workshops/:id/session`. */
export interface SessionInfo {
  readonly session: Session;
  readonly workshop: RoomWorkshop;
  readonly live: WorkshopLive | null;
  readonly serverNow: number;
}

/** Parses a workshop's rules. */
export function parseRules(v: unknown): Rules {
  expectShape(is.record(v) && is.int(v.minPerStrategy) && (v.maxTotal === null || is.int(v.maxTotal)) && (v.minutes === null || typeof v.minutes === 'number'), 'rules');
  return { minPerStrategy: v.minPerStrategy as number, maxTotal: v.maxTotal as number | null, minutes: v.minutes as number | null };
}

/** Parses the session answer. */
export function parseSessionInfo(body: unknown): SessionInfo {
  expectShape(is.record(body) && is.record(body.session) && is.record(body.workshop), 'session');
  const s = body.session;
  expectShape(is.string(s.workshopId) && is.int(s.pair) && is.string(s.participantId) && is.string(s.name), 'session');
  const w = body.workshop;
  expectShape(is.string(w.id) && is.string(w.title) && is.string(w.joinCode) && is.int(w.pairCount), 'workshop');
  return {
    session: { workshopId: s.workshopId, pair: s.pair, participantId: s.participantId, name: s.name },
    workshop: { id: w.id, title: w.title, joinCode: w.joinCode, list: parseActivityList(w.list), rules: parseRules(w.rules), pairCount: w.pairCount },
    live: parseWorkshopLive(body.live),
    serverNow: typeof body.serverNow === 'number' ? body.serverNow : Date.now(),
  };
}

/** The session and workshop; an `ApiError` with status 401 (and `body.joinCode`) when not joined. */
export function getSession(workshopId: string, signal?: AbortSignal): Promise<SessionInfo> {
  return fetchJson(`/api/workshops/${encodeURIComponent(workshopId)}/session`, parseSessionInfo, { signal });
}

/** Forgets this browser's session for the workshop. */
export function leaveWorkshop(workshopId: string): Promise<void> {
  return fetchJson(`/api/workshops/${encodeURIComponent(workshopId)}/leave`, () => undefined, { method: 'POST', body: {} });
}

/** The join code in a 401 answer, if the server sent one. */
export function joinCodeOf(body: unknown): string | null {
  return is.record(body) && is.string(body.joinCode) ? body.joinCode : null;
}
