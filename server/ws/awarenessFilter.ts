/**
 * Awareness updates from a participant are re-encoded by the server: at most
 * one state, for the one Yjs client id the connection first used, no larger
 * than {@link AWARENESS_MAX_BYTES}, with `user` replaced by the name the
 * session was issued, so nobody can show up as somebody else, and nothing
 * else kept but `editing`: the text field the partner is writing in, when
 * it names one (shared/doc/fields.ts).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { parseTextRootName } from '../../shared/doc/fields.js';

/** Largest awareness update a participant may send. */
export const AWARENESS_MAX_BYTES = 8 * 1024;

/** Who the connection is, as the server knows it. */
export interface AwarenessIdentity {
  readonly participantId: string;
  readonly name: string;
}

export type AwarenessFilterResult =
  | {
      readonly ok: true;
      readonly clientId: number;
      readonly clock: number;
      /** The state as the server keeps it, as JSON: equal JSON means nothing a partner sees changed. */
      readonly state: string;
    }
  | { readonly ok: false; readonly reason: string };

const COLOR = /^#[0-9a-fA-F]{3,8}$/;
/** Longest text field name a presence may name (`text:` + an id + a field). */
const EDITING_MAX_LENGTH = 64;

/**
 * Checks and rewrites one awareness update (see {@link encodeFilteredAwareness} for its bytes). `boundClientId` is the client id
 * this connection already controls (`null` before its first update).
 */
export function filterAwarenessUpdate(
  raw: Uint8Array,
  boundClientId: number | null,
  identity: AwarenessIdentity,
): AwarenessFilterResult {
  if (raw.byteLength > AWARENESS_MAX_BYTES) return { ok: false, reason: 'awareness state too large' };
  const decoder = decoding.createDecoder(raw);
  const count = decoding.readVarUint(decoder);
  if (count !== 1) return { ok: false, reason: 'one awareness state per connection' };
  const clientId = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  const state: unknown = JSON.parse(decoding.readVarString(decoder));
  if (boundClientId !== null && clientId !== boundClientId) return { ok: false, reason: "another client's presence" };
  let clean: Record<string, unknown> | null = null;
  if (state !== null) {
    if (typeof state !== 'object' || Array.isArray(state)) return { ok: false, reason: 'awareness state must be an object' };
    const user = (state as { user?: { color?: unknown } }).user;
    const color = typeof user?.color === 'string' && COLOR.test(user.color) ? user.color : '#555555';
    const editing = (state as { editing?: unknown }).editing;
    clean = { user: { id: identity.participantId, name: identity.name, color } };
    if (typeof editing === 'string' && editing.length <= EDITING_MAX_LENGTH && parseTextRootName(editing)) clean.editing = editing;
  }
  return { ok: true, clientId, clock, state: JSON.stringify(clean) };
}

/** The awareness update that carries a filtered state (encoded only when it is applied in full). */
export function encodeFilteredAwareness(result: { clientId: number; clock: number; state: string }): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, result.clientId);
  encoding.writeVarUint(encoder, result.clock);
  encoding.writeVarString(encoder, result.state);
  return encoding.toUint8Array(encoder);
}
