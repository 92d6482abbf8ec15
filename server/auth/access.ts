/**
 * The access model, in one place. Every entrance (HTTP routes, the
 * WebSocket upgrade, exports) asks these functions:
 * - the leader proves the facilitator key (`Authorization: Bearer …`);
 * - a participant presents the signed session cookie of this workshop,
 *   which binds them to one pair.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { HttpError } from '../http/errors.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { readCookie, sessionCookieName, verifySession, type Session } from './sessions.js';
import { isRevoked } from './revokedSessions.js';
import { moveOf } from './movedSessions.js';
import { verifyKey } from './secrets.js';

/** The bearer token of a request, or `null`. */
export function bearerToken(headers: IncomingHttpHeaders): string | null {
  const header = headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(header.trim());
  return match ? match[1] : null;
}

/** Whether the request carries this workshop's facilitator key. */
export function isFacilitator(headers: IncomingHttpHeaders, workshop: WorkshopRecord): boolean {
  const token = bearerToken(headers);
  return token !== null && verifyKey(token, workshop.keyHash);
}

/** Throws 401 without a key, 403 with a wrong one. */
export function requireFacilitator(headers: IncomingHttpHeaders, workshop: WorkshopRecord): void {
  if (headers.authorization === undefined) throw new HttpError(401, 'This needs the facilitator key (Authorization: Bearer <key>).');
  if (!isFacilitator(headers, workshop)) throw new HttpError(403, 'The facilitator key is not valid for this workshop.');
}

/** The participant session for this workshop, or `null` (also when "Leave" revoked it, or the leader moved its person). */
export function participantSession(headers: IncomingHttpHeaders, workshop: WorkshopRecord, secret: string): Session | null {
  const token = readCookie(headers.cookie, sessionCookieName(workshop.id));
  if (!token) return null;
  const session = verifySession(token, secret);
  if (!session || session.w !== workshop.id) return null;
  if (!workshop.pairs.some((p) => p.n === session.p)) return null;
  if (isRevoked(workshop, session)) return null;
  // The leader moved this person to another pair (issue 14): this session no longer opens the old one.
  if (moveOf(workshop, session)) return null;
  return session;
}

/** Throws 401 without a session; 403 when the session is for another pair. */
export function requireParticipant(headers: IncomingHttpHeaders, workshop: WorkshopRecord, secret: string, pair?: number): Session {
  const session = participantSession(headers, workshop, secret);
  if (!session) throw new HttpError(401, 'Join the workshop first.');
  if (pair !== undefined && session.p !== pair) throw new HttpError(403, 'You can only open your own pair.');
  return session;
}

/** Either the leader or the participant of `pair`; throws 401/403 otherwise. */
export function requireLeaderOrPair(headers: IncomingHttpHeaders, workshop: WorkshopRecord, secret: string, pair: number): void {
  if (headers.authorization !== undefined) return requireFacilitator(headers, workshop);
  requireParticipant(headers, workshop, secret, pair);
}
