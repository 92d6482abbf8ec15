/**
 * A hostile client: a raw WebSocket that speaks just enough of the
 * y-websocket protocol to send hand-made updates and awareness frames, and
 * keeps what the server sends it (the document it relays, control messages,
 * the close).
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { initPlanDoc } from '../../shared/doc/planDoc.js';
import { CONTROL_MESSAGE_TYPE, parseServerControl, readControlJson, type ServerControl } from '../../shared/protocol/control.js';
import { pairSocketPath } from '../../shared/protocol/socketPaths.js';

export interface RawClient {
  readonly ws: WebSocket;
  /** What the server sent this socket, applied (sync step 2 and updates). */
  readonly doc: Y.Doc;
  readonly controls: ServerControl[];
  readonly opened: Promise<void>;
  /** Resolves when the server's answer to our sync step 1 (the whole document) has arrived. */
  readonly synced: Promise<void>;
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  isOpen(): boolean;
  sendUpdate(update: Uint8Array): void;
  sendAwareness(update: Uint8Array): void;
  send(frame: Uint8Array): void;
}

/** Opens `/ws/pair/<workshop>/<pair>` with `cookie`. */
export function openRawClient(base: string, workshopId: string, pair: number, cookie?: string): RawClient {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}${pairSocketPath(workshopId, pair)}`, cookie ? { headers: { cookie } } : undefined);
  const doc = initPlanDoc(new Y.Doc());
  const controls: ServerControl[] = [];
  let markSynced: () => void = () => undefined;
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const opened = new Promise<void>((resolve) =>
    ws.once('open', () => {
      // Ask for the whole document, as a real client does.
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
      ws.send(encoding.toUint8Array(encoder));
      resolve();
    }),
  );
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('error', () => undefined);
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const sub = decoding.readVarUint(decoder);
      if (sub === 1 || sub === 2) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
      if (sub === 1) markSynced();
    } else if (type === CONTROL_MESSAGE_TYPE) {
      const message = parseServerControl(readControlJson(decoder));
      if (message) controls.push(message);
    }
  });
  const frame = (type: number, sub: number | null, payload: Uint8Array): Uint8Array => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, type);
    if (sub !== null) encoding.writeVarUint(encoder, sub);
    encoding.writeVarUint8Array(encoder, payload);
    return encoding.toUint8Array(encoder);
  };
  return {
    ws,
    doc,
    controls,
    opened,
    synced,
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
    sendUpdate: (update) => ws.send(frame(0, 2, update)),
    sendAwareness: (update) => ws.send(frame(1, null, update)),
    send: (f) => ws.send(f),
  };
}

/** An awareness update for one client id, as y-protocols encodes it. */
export function awarenessUpdate(clientId: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}
