/**
 * Sessions of a person the leader moved to another pair (issue 14). A person
 * is identified by the name their session was issued for (`Session.n`, the
 * name the dashboard lists under the pair: a roster member's roster name or
 * the name they joined with) within the pair they were in: a move of "Ana"
 * from pair 3 to pair 5 is stored as `{ name, from: 3, to: 5, at }`, and
 * every session of pair 3 issued for that name before `at` stops opening
 * pair 3, on every instance (they reload the workshop on its change), the
 * ones not connected now included. Her open sockets of pair 3 are sent a
 * fresh session for pair 5 (same participant id, a new session id) and
 * closed; the client adopts it and opens pair 5. Two people of one pair who
 * joined under the same name are moved together.
 */
import { randomId } from './secrets.js';
import { SESSION_TTL_MS, signSession, type Session } from './sessions.js';
import type { PersonMove, WorkshopRecord } from '../workshops/types.js';
import { sameName } from '../workshops/sessionChanges.js';

/** Most moves one workshop keeps (the oldest go first). */
export const MAX_MOVES = 2_000;

/** When a session was issued: every session is signed for {@link SESSION_TTL_MS}. */
export const issuedAt = (session: Session): number => session.exp - SESSION_TTL_MS;

/** The latest move that took `session`'s person out of its pair, or `null`. */
export function moveOf(workshop: WorkshopRecord, session: Session): PersonMove | null {
  const moves = workshop.moves;
  if (!moves) return null;
  for (let i = moves.length - 1; i >= 0; i--) {
    const m = moves[i];
    if (m.from === session.p && issuedAt(session) <= m.at && sameName(m.name, session.n)) return m;
  }
  return null;
}

/** `moves` with `move` added, at most {@link MAX_MOVES} kept. */
export function withMove(moves: readonly PersonMove[] | undefined, move: PersonMove): PersonMove[] {
  return [...(moves ?? []), move].slice(-MAX_MOVES);
}

/** A fresh session of `session`'s person for pair `to` (same participant id and name, a new session id). */
export function movedSessionToken(session: Session, to: number, secret: string, now = Date.now()): string {
  return signSession({ w: session.w, p: to, pid: session.pid, n: session.n, exp: now + SESSION_TTL_MS, sid: randomId(12) }, secret);
}
