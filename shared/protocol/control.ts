/**
 * JSON control messages that travel on the pair room's WebSocket beside the
 * y-websocket protocol, as message type {@link CONTROL_MESSAGE_TYPE}
 * followed by one JSON string (lib0 var-string encoding).
 */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import type { ClockState } from './clock.js';
import { RULE_REFUSALS, type RuleRefusal } from '../rules/ruleRefusals.js';

/** y-protocols uses 0 (sync), 1 (awareness), 2 (auth), 3 (query awareness). */
export const CONTROL_MESSAGE_TYPE = 100;

/** A message from the leader shown in every pair room. */
export interface Broadcast {
  readonly id: string;
  readonly text: string;
  readonly at: number;
}

/** The workshop-wide state every pair room shows. */
export interface WorkshopLive {
  readonly clock: ClockState;
  readonly locked: boolean;
  readonly broadcast: Broadcast | null;
}

/** Server → client. */
export type ServerControl =
  | { readonly t: 'workshop'; readonly live: WorkshopLive; readonly serverNow: number }
  | { readonly t: 'pong'; readonly id: number; readonly serverNow: number }
  /**
   * Part of the sender's last update broke a rule and was undone (the items
   * themselves arrive as a deletion in the sync stream); the connection stays.
   */
  | { readonly t: 'refused'; readonly rule: RuleRefusal; readonly reason: string; readonly max: number | null }
  /**
   * What the client sent in its first sync step 2 on this connection (every
   * change it kept, through a store failure too) is stored; sent once per
   * connection. After a STORE_FAILED close it means saving works again.
   */
  | { readonly t: 'stored' };

/** Client → server. */
export type ClientControl = { readonly t: 'ping'; readonly id: number };

/** Longest broadcast message, in characters. */
export const BROADCAST_MAX_LENGTH = 280;

/** Parses a client control message; `null` for anything else. */
export function parseClientControl(raw: unknown): ClientControl | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const msg = raw as Record<string, unknown>;
  if (msg.t === 'ping' && typeof msg.id === 'number' && Number.isSafeInteger(msg.id)) return { t: 'ping', id: msg.id };
  return null;
}

/** Parses a server control message; `null` for anything else. */
export function parseServerControl(raw: unknown): ServerControl | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const msg = raw as Record<string, unknown>;
  if (msg.t === 'refused') {
    if (typeof msg.reason !== 'string' || !(RULE_REFUSALS as readonly unknown[]).includes(msg.rule)) return null;
    const max = typeof msg.max === 'number' && Number.isSafeInteger(msg.max) ? msg.max : null;
    return { t: 'refused', rule: msg.rule as RuleRefusal, reason: msg.reason, max };
  }
  if (msg.t === 'stored') return { t: 'stored' };
  if (typeof msg.serverNow !== 'number') return null;
  if (msg.t === 'workshop' && typeof msg.live === 'object' && msg.live !== null) return msg as unknown as ServerControl;
  if (msg.t === 'pong' && typeof msg.id === 'number') return msg as unknown as ServerControl;
  return null;
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

/**
 * The leader's dashboard stream (`/ws/dashboard/<workshopId>`), JSON text
 * frames. The first client frame must be `{ t: 'auth', key }` (the key
 * never travels in a URL).
 */
export type DashboardClientMessage = { readonly t: 'auth'; readonly key: string } | { readonly t: 'ping'; readonly id: number };

/** Server → dashboard. `summaries` in `init` is every pair; in `pairs` only the changed ones. */
export type DashboardServerMessage<Summary = unknown, Workshop = unknown> =
  | { readonly t: 'init'; readonly workshop: Workshop; readonly live: WorkshopLive; readonly summaries: readonly Summary[]; readonly serverNow: number }
  | { readonly t: 'pairs'; readonly summaries: readonly Summary[] }
  | { readonly t: 'live'; readonly live: WorkshopLive; readonly serverNow: number }
  | { readonly t: 'pong'; readonly id: number; readonly serverNow: number };
