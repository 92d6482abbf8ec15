/**
 * Participant sessions: a signed, expiring token bound to one workshop and
 * one pair, carried in an HTTP-only cookie (one per workshop) that the
 * browser also sends on the WebSocket upgrade. See docs/security.md.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a session asserts. */
export interface Session {
  /** Workshop id. */
  readonly w: string;
  /** Pair number. */
  readonly p: number;
  /** Participant id (stable per browser and workshop). */
  readonly pid: string;
  /** The display name the session was issued for. */
  readonly n: string;
  /** Expiry, epoch ms. */
  readonly exp: number;
  /**
   * Session id: random per join, so "Leave" can revoke this one session
   * without touching the person's sessions in other browsers (issue
   * "Airtight", finding 7). Tokens issued before it existed have none;
   * {@link revocationId} then falls back to the participant id.
   */
  readonly sid?: string;
}

/** The id a revocation of `session` is kept under. */
export function revocationId(session: Session): string {
  return session.sid ?? `pid:${session.pid}`;
}

/** Sessions last a week: a workshop can be reopened days later. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** The cookie that carries the session for workshop `workshopId`. */
export function sessionCookieName(workshopId: string): string {
  return `pp_${workshopId}`;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Encodes and signs a session. */
export function signSession(session: Session, secret: string): string {
  const payload = Buffer.from(JSON.stringify(session), 'utf8').toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/** Verifies a token; `null` when forged, malformed or expired. */
export function verifySession(token: string, secret: string, now = Date.now()): Session | null {
  if (token.length > 1024) return null;
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  // The signature's text is compared, not its decoded bytes: base64url decoding ignores
  // stray characters and the last character's spare bits, so other spellings would pass.
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(sign(payload, secret), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const s = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Session;
    const ok =
      typeof s.w === 'string' &&
      Number.isSafeInteger(s.p) &&
      typeof s.pid === 'string' &&
      typeof s.n === 'string' &&
      typeof s.exp === 'number' &&
      (s.sid === undefined || typeof s.sid === 'string');
    return ok && s.exp > now ? s : null;
  } catch {
    return null;
  }
}

/** Reads one cookie from a `Cookie` header. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
