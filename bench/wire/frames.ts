/**
 * The frames a simulated client sends and the little it reads of what comes
 * back, in the two dialects of the servers benchmarked: y-websocket's (one
 * document per socket: pairplan, the y-websocket 2.1.0 server,
 * `@y/websocket-server`) and Hocuspocus's (every frame starts with the
 * document's name, so one socket can carry many; an auth frame comes
 * first). Sync and awareness payloads are y-protocols' in both.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export type Dialect = 'y-websocket' | 'hocuspocus';

/** y-protocols' message and sync types; Hocuspocus's auth type and its token sub-type. */
const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_AUTH_TOKEN = 0;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

function frame(dialect: Dialect, room: string, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  if (dialect === 'hocuspocus') encoding.writeVarString(encoder, room);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** An update as a sync message. */
export const updateFrame = (dialect: Dialect, room: string, update: Uint8Array): Uint8Array =>
  frame(dialect, room, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });

/** Sync step 1 with an empty state vector: "send me everything" (a new client's first frame). */
export const syncStep1Frame = (dialect: Dialect, room: string): Uint8Array =>
  frame(dialect, room, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, new Uint8Array([0]));
  });

/** Sync step 2 answering the server's step 1: nothing the server lacks (the partner's updates all went out as they were made). */
export const emptySyncStep2Frame = (dialect: Dialect, room: string): Uint8Array =>
  frame(dialect, room, (e) => {
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP2);
    encoding.writeVarUint8Array(e, new Uint8Array([0, 0]));
  });

/** One client's awareness state (y-protocols' awareness update with a single entry). */
export const awarenessFrame = (dialect: Dialect, room: string, clientId: number, clock: number, stateJson: string): Uint8Array =>
  frame(dialect, room, (e) => {
    encoding.writeVarUint(e, MESSAGE_AWARENESS);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, stateJson);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

/** Hocuspocus's auth frame (a token; the benchmark's Hocuspocus checks none). */
export const authFrame = (room: string): Uint8Array =>
  frame('hocuspocus', room, (e) => {
    encoding.writeVarUint(e, HOCUSPOCUS_AUTH);
    encoding.writeVarUint(e, HOCUSPOCUS_AUTH_TOKEN);
    encoding.writeVarString(e, '');
  });

/** What a received frame is, as far as a simulated client cares. */
export type Received =
  | { readonly kind: 'update' | 'step2'; readonly room: string; readonly update: Uint8Array }
  | { readonly kind: 'step1'; readonly room: string }
  | { readonly kind: 'other'; readonly room: string };

/** Reads a frame's document (Hocuspocus) and, for sync messages, the update it carries; nothing else is decoded. */
export function readFrame(dialect: Dialect, data: Uint8Array, socketRoom: string): Received {
  const decoder = decoding.createDecoder(data);
  const room = dialect === 'hocuspocus' ? decoding.readVarString(decoder) : socketRoom;
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return { kind: 'other', room };
  const type = decoding.readVarUint(decoder);
  if (type === SYNC_STEP1) return { kind: 'step1', room };
  if (type === SYNC_STEP2 || type === SYNC_UPDATE) return { kind: type === SYNC_UPDATE ? 'update' : 'step2', room, update: decoding.readVarUint8Array(decoder) };
  return { kind: 'other', room };
}
