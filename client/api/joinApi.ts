/** The join page's requests: `GET /api/join/:code` and `POST /api/join`. */
import { joinInfoResponse, sessionSchema, type JoinInfo, type Session } from '../../shared/protocol/responses.js';
import type { joinBody } from '../../shared/protocol/bodies.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { fetchJson, parseWith } from './http.js';

/** Parses a join page's workshop info. */
export const parseJoinInfo = parseWith(joinInfoResponse, 'join info');

/** Parses the answer to a join: the session it created. */
export const parseJoinResult = parseWith(sessionSchema, 'join result');

/** The workshop a (normalised) join code opens; with `after` (the version shown), its next change (issue 14). */
export function getJoinInfo(code: string, signal?: AbortSignal, after?: string): Promise<JoinInfo> {
  const wait = after ? `?after=${encodeURIComponent(after)}` : '';
  return fetchJson(`/api/join/${encodeURIComponent(code)}${wait}`, parseJoinInfo, { signal });
}

/** Joins a pair; the server sets the session cookie. Without `pair`, a roster member is found by name. */
export function postJoin(body: Wire<typeof joinBody>): Promise<Session> {
  return fetchJson('/api/join', parseJoinResult, { body });
}
