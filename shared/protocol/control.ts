/**
 * JSON control messages that travel on the pair room's WebSocket beside the
 * y-websocket protocol, as message type {@link CONTROL_MESSAGE_TYPE}
 * followed by one JSON string (lib0 var-string encoding).
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { z } from 'zod';
import { RULE_REFUSALS } from '../rules/ruleRefusals.js';
import { workshopLiveSchema } from './live.js';
import { finite, safeInt } from './wire.js';

/** y-protocols uses 0 (sync), 1 (awareness), 2 (auth), 3 (query awareness). */
export const CONTROL_MESSAGE_TYPE = 100;

/** Server → client. */
export const serverControlSchema = z.discriminatedUnion('t', [
  z.object({ t: z.literal('workshop'), live: workshopLiveSchema, serverNow: finite }),
  z.object({ t: z.literal('pong'), id: safeInt, serverNow: finite }),
  /**
   * Part of the sender's last update broke a rule and was undone (the items
   * themselves arrive as a deletion in the sync stream); the connection stays.
   */
  z.object({ t: z.literal('refused'), rule: z.enum(RULE_REFUSALS), reason: z.string(), max: safeInt.nullable().catch(null) }),
  /**
   * What the client sent in its first sync step 2 on this connection (every
   * change it kept, through a store failure too) is stored; sent once per
   * connection. After a STORE_FAILED close it means saving works again.
   */
  z.object({ t: z.literal('stored') }),
  /**
   * The leader moved this person to pair `pair` (issue 14): `token` is their
   * session for it, to hand to `POST /api/workshops/:id/session/adopt`; the
   * socket closes with MOVED right after.
   */
  z.object({ t: z.literal('moved'), pair: safeInt, token: z.string().max(1024) }),
]);
export type ServerControl = z.output<typeof serverControlSchema>;

/** Client → server. */
export const clientControlSchema = z.object({ t: z.literal('ping'), id: safeInt });
export type ClientControl = z.output<typeof clientControlSchema>;

/** Longest broadcast message, in characters. */
export const BROADCAST_MAX_LENGTH = 280;

/** Parses a client control message; `null` for anything else. */
export function parseClientControl(raw: unknown): ClientControl | null {
  const result = clientControlSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** Parses a server control message; `null` for anything else. */
export function parseServerControl(raw: unknown): ServerControl | null {
  const result = serverControlSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/** Encodes a control message as a whole WebSocket frame. */
export function encodeControl(message: ServerControl | ClientControl): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, CONTROL_MESSAGE_TYPE);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

/** Reads the JSON of a control message whose type byte was already read; `undefined` if it is not JSON. */
export function readControlJson(decoder: decoding.Decoder): unknown {
  try {
    return JSON.parse(decoding.readVarString(decoder));
  } catch {
    return undefined;
  }
}
