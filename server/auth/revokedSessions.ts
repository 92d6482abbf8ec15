/**
 * The revoked-session list kept in each workshop record (issue "Airtight",
 * finding 7: "Leave" revoked nothing, the token opened the room again).
 * Every instance reloads a workshop when another one changes it, so a
 * revocation reaches them all and `participantSession()` stays synchronous.
 */
import type { RevokedSession, WorkshopRecord } from '../workshops/types.js';
import { revocationId, type Session } from './sessions.js';

/**
 * Most revocations one workshop keeps. A workshop has at most 1,000 people;
 * past the bound the entry closest to expiring goes first.
 */
export const MAX_REVOKED_SESSIONS = 5000;

/** Whether `session` was revoked in `workshop`. */
export function isRevoked(workshop: WorkshopRecord, session: Session): boolean {
  const list = workshop.revokedSessions;
  if (!list || list.length === 0) return false;
  const id = revocationId(session);
  return list.some((r) => r.sid === id);
}

/** `list` with `session` added, expired entries dropped, at most {@link MAX_REVOKED_SESSIONS} kept. */
export function withRevoked(list: readonly RevokedSession[] | undefined, session: Session, now = Date.now()): RevokedSession[] {
  const id = revocationId(session);
  const kept = (list ?? []).filter((r) => r.exp > now && r.sid !== id);
  kept.push({ sid: id, exp: session.exp });
  if (kept.length <= MAX_REVOKED_SESSIONS) return kept;
  return kept.sort((a, b) => b.exp - a.exp).slice(0, MAX_REVOKED_SESSIONS);
}

/**
 * The union of two revocation lists, or `null` when `stored` already holds
 * every unexpired entry of `cached`. Revocations only ever grow (until they
 * expire), so the union is always right: an instance that wrote a workshop
 * from a stale copy, or two "Leave"s on two instances at once, cannot lose one.
 */
export function mergeRevoked(
  cached: readonly RevokedSession[] | undefined,
  stored: readonly RevokedSession[] | undefined,
  now = Date.now(),
): RevokedSession[] | null {
  const known = new Set((stored ?? []).map((r) => r.sid));
  const missing = (cached ?? []).filter((r) => r.exp > now && !known.has(r.sid));
  if (missing.length === 0) return null;
  const merged = [...(stored ?? []).filter((r) => r.exp > now), ...missing];
  return merged.length <= MAX_REVOKED_SESSIONS ? merged : merged.sort((a, b) => b.exp - a.exp).slice(0, MAX_REVOKED_SESSIONS);
}
