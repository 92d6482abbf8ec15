/**
 * The frames a pair-room socket reads — y-websocket's sync, awareness,
 * query-awareness and auth messages, and pairplan's control message — read
 * once here for both kinds of socket: a partner's (PairConnection) and a
 * watching leader's (WatchConnection) speak the same protocol and differ
 * only in what they do with a sync or an awareness message.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { CONTROL_MESSAGE_TYPE, parseClientControl, readControlJson, type ServerControl } from '../../shared/protocol/control.js';
import { MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from '../rooms/PairRoom.js';

/** What one socket does with each kind of frame it reads. */
export interface RoomFrameHandlers {
  /** A sync message, its type not yet read. */
  sync(decoder: decoding.Decoder): void;
  /** An awareness message, its update not yet read. */
  awareness(decoder: decoding.Decoder): void;
  /** The room's presence, for a query. */
  awarenessFrame(): Uint8Array;
  send(frame: Uint8Array): void;
  sendControl(message: ServerControl): void;
  /** A control message that is not one a client may send. */
  invalidControl(): void;
  /** A message type outside the protocol. */
  unknownType(type: number): void;
}

/** Reads one binary frame and hands it to `handlers`; a truncated frame throws (the caller closes with MALFORMED). */
export function readRoomFrame(message: Uint8Array, handlers: RoomFrameHandlers): void {
  const decoder = decoding.createDecoder(message);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC:
      return handlers.sync(decoder);
    case MESSAGE_AWARENESS:
      return handlers.awareness(decoder);
    case MESSAGE_QUERY_AWARENESS:
      return handlers.send(handlers.awarenessFrame());
    case MESSAGE_AUTH:
      return;
    case CONTROL_MESSAGE_TYPE: {
      const control = parseClientControl(readControlJson(decoder));
      if (control?.t === 'ping') handlers.sendControl({ t: 'pong', id: control.id, serverNow: Date.now() });
      else handlers.invalidControl();
      return;
    }
    default:
      handlers.unknownType(type);
  }
}

/** The sync step 1 asking a client for what `doc` lacks. */
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The sync step 2 answering a client's state vector with what `doc` has beyond it. */
export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}
