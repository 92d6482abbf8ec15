/**
 * The leader's read-only socket to a pair room (`/ws/watch/<workshopId>/<pair>`,
 * issue 14 "Open a pair"). It speaks the y-websocket protocol, so the stock
 * provider connects, but it can only read: the server never asks it for its
 * state (no sync step 1 is sent to it), answers its sync step 1 with the
 * room's document, passes on the partners' updates and presence, and refuses
 * every write — a document update with any content closes the socket
 * (FORBIDDEN), presence from it is dropped — before anything reaches the
 * room's document, its store or a partner.
 */
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { encodeControl, type ServerControl } from '../../shared/protocol/control.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/Metrics.js';
import type { PairRoom, RoomPeer } from '../rooms/PairRoom.js';
import { MESSAGE_RATE } from './PairConnection.js';
import { TokenBucket } from './TokenBucket.js';
import { readRoomFrame, syncStep2Frame, type RoomFrameHandlers } from './roomFrames.js';

/** The participant id a watching leader goes by in the room (never a session's: those are random). */
export const WATCHER_ID = 'leader:watching';

/** An update with no structs and no deletions: the sync step 2 of a client that has nothing. */
const EMPTY_UPDATE_BYTES = 2;

/** Why a watcher's frame was dropped: the labels of `pairplan_frames_dropped_total`. */
export type WatchDropReason = 'watch-read-only' | 'watch-unknown-type';

export interface WatchConnectionOptions {
  readonly ws: WebSocket;
  readonly room: PairRoom;
  readonly log: Logger;
  readonly hello: ServerControl;
  readonly onClose: () => void;
  readonly metrics?: Metrics;
}

export class WatchConnection implements RoomPeer {
  readonly participantId = WATCHER_ID;
  readonly name = 'Leader';
  private readonly frames = new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst);
  private closed = false;
  /** What a watcher's frames do: sync step 1 answered, every write refused, presence dropped. */
  private readonly frameHandlers: RoomFrameHandlers = {
    sync: (decoder) => this.handleSync(decoder),
    // The leader is not a partner: their presence is the room's own "watching" state.
    awareness: () => this.drop('watch-read-only'),
    awarenessFrame: () => this.options.room.awarenessFrame(),
    send: (frame) => this.send(frame),
    sendControl: (message) => this.sendControl(message),
    invalidControl: () => undefined,
    unknownType: () => this.drop('watch-unknown-type'),
  };

  constructor(private readonly options: WatchConnectionOptions) {
    const { ws, room } = options;
    room.addPeer(this);
    room.watch(1);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer, isBinary: boolean) => this.handleFrame(data, isBinary));
    ws.on('close', () => this.cleanUp());
    ws.on('error', (error) => options.log.debug({ err: error }, 'watch socket error'));
    if (room.awareness.getStates().size > 0) this.send(room.awarenessFrame());
    this.sendControl(options.hello);
  }

  send(frame: Uint8Array): void {
    if (this.options.ws.readyState === this.options.ws.OPEN) this.options.ws.send(frame);
  }

  sendControl(message: ServerControl): void {
    this.send(encodeControl(message));
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.options.ws.close(code, reason);
    this.cleanUp();
  }

  private drop(reason: WatchDropReason): void {
    const { metrics } = this.options;
    if (metrics) metrics.framesDropped.set(reason, (metrics.framesDropped.get(reason) ?? 0) + 1);
  }

  private handleFrame(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE_CODES.MALFORMED, 'text frames are not part of the protocol');
    if (!this.frames.take()) return this.close(CLOSE_CODES.RATE_LIMITED, 'too many messages');
    try {
      this.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      this.options.log.debug({ room: this.options.room.key, err: (error as Error).message }, 'malformed watch frame');
      this.close(CLOSE_CODES.MALFORMED, 'malformed message');
    }
  }

  private handleMessage(message: Uint8Array): void {
    readRoomFrame(message, this.frameHandlers);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      return this.options.room.whenStored((doc) => this.send(syncStep2Frame(doc, payload)));
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) throw new Error(`unknown sync message ${syncType}`);
    // Never ingested: an empty one is what a client with nothing answers; anything more is a write.
    this.drop('watch-read-only');
    if (payload.byteLength > EMPTY_UPDATE_BYTES) this.close(CLOSE_CODES.FORBIDDEN, 'the leader watches this room read-only');
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    const { room } = this.options;
    room.removePeer(this);
    room.watch(-1);
    this.options.onClose();
  }
}
