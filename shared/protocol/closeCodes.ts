/**
 * WebSocket close codes, shared by server and client so neither copies a
 * number. 4000–4999 are ours; the client turns each into words in one
 * exhaustive switch (`client/sync/describeClose.ts`).
 */
export const CLOSE_CODES = {
  /** The server is restarting; reconnect. */
  SERVICE_RESTART: 1012,
  /** A frame could not be decoded (not the y-websocket protocol). */
  MALFORMED: 4400,
  /** No session, or a session that is expired or forged. */
  UNAUTHORIZED: 4401,
  /** A valid session for another pair or workshop. */
  FORBIDDEN: 4403,
  /** No such workshop or pair. */
  NOT_FOUND: 4404,
  /** A frame larger than the documented limit. */
  TOO_LARGE: 4413,
  /** An update the schema rejects (unknown activity, overlong text, …). */
  INVALID_UPDATE: 4422,
  /** The leader locked the plans; writes are refused. */
  LOCKED: 4423,
  /** Too many connections to this workshop or room. */
  FULL: 4429,
  /** Too many messages too fast. */
  RATE_LIMITED: 4430,
  /** The person opened this room in more tabs than allowed; this, their oldest, was closed. */
  REPLACED: 4409,
  /** The leader moved this person to another pair; a `moved` control message came first (issue 14). */
  MOVED: 4410,
  /** The server failed to store an update; nothing was relayed. */
  STORE_FAILED: 4500,
} as const;
export type CloseCodeName = keyof typeof CLOSE_CODES;
export type CloseCode = (typeof CLOSE_CODES)[CloseCodeName];

/** The name of a close code, or `null` for codes we did not define. */
export function closeCodeName(code: number): CloseCodeName | null {
  for (const [name, value] of Object.entries(CLOSE_CODES)) if (value === code) return name as CloseCodeName;
  return null;
}
