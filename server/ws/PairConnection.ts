/**
 * One participant's WebSocket in a pair room, speaking the y-websocket
 * protocol (y-protocols sync + awareness) plus JSON control messages.
 * Each frame is handled in order inside its own try/catch: a bad frame
 * closes this connection with a named code and reason, and the room goes on.
 */
import type { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { encodeControl, type ServerControl } from '../../shared/protocol/control.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/Metrics.js';
import { TokenBucket } from './TokenBucket.js';
import { encodeFilteredAwareness, filterAwarenessUpdate } from './awarenessFilter.js';
import { readRoomFrame, syncStep1Frame, syncStep2Frame, type RoomFrameHandlers } from './roomFrames.js';
import {
  type IngestRefusal,
  type IngestResult,
  type PairRoom,
  type RoomPeer,
} from '../rooms/PairRoom.js';

/** Frames a connection may send per second on average, and in a burst. */
export const MESSAGE_RATE = { perSecond: 50, burst: 200 } as const;

/**
 * Bytes a connection, and separately a participant across all their
 * connections and reconnects, may send per second on average and in a
 * burst. A whole plan is a few tens of KB; typing is tens of bytes a key.
 */
export const BYTE_RATE = { perSecond: 64 * 1024, burst: 1024 * 1024 } as const;

/** Why a frame was dropped without closing its connection: the labels of `pairplan_frames_dropped_total`. */
export const FRAME_DROP_REASONS = ['awareness-invalid', 'awareness-not-owner', 'unknown-type', 'control-invalid'] as const;
export type FrameDropReason = (typeof FRAME_DROP_REASONS)[number];

export interface PairConnectionOptions {
  readonly ws: WebSocket;
  readonly room: PairRoom;
  readonly participantId: string;
  readonly name: string;
  readonly log: Logger;
  /** The first control message (workshop state) to send. */
  readonly hello: ServerControl;
  /** Called once when the socket is gone. */
  readonly onClose: () => void;
  /** The participant's byte budget, shared by their connections and kept across reconnects. */
  readonly participantBytes: TokenBucket;
  readonly metrics?: Metrics;
}

const REFUSAL_CLOSE: Record<IngestRefusal['code'], number> = {
  invalid: CLOSE_CODES.INVALID_UPDATE,
  locked: CLOSE_CODES.LOCKED,
  'too-large': CLOSE_CODES.TOO_LARGE,
  'store-failed': CLOSE_CODES.STORE_FAILED,
};

/** Close reasons are limited to 123 bytes by the WebSocket protocol. */
function closeReason(text: string): string {
  let out = text.slice(0, 120);
  while (Buffer.byteLength(out) > 123) out = out.slice(0, -1);
  return out;
}

export class PairConnection implements RoomPeer {
  readonly participantId: string;
  readonly name: string;
  private boundClientId: number | null = null;
  /** The presence state (as the filter keeps it) last applied for this connection. */
  private lastPresence: string | null = null;
  private readonly frames = new TokenBucket(MESSAGE_RATE.perSecond, MESSAGE_RATE.burst);
  private readonly bytes = new TokenBucket(BYTE_RATE.perSecond, BYTE_RATE.burst);
  /** Drop reasons already logged for this connection (one line each at most). */
  private readonly logged = new Set<FrameDropReason>();
  /** What this partner's frames do (made once: every frame is read through it). */
  private readonly frameHandlers: RoomFrameHandlers = {
    sync: (decoder) => this.handleSync(decoder),
    awareness: (decoder) => this.handleAwareness(decoding.readVarUint8Array(decoder)),
    awarenessFrame: () => this.options.room.awarenessFrame(),
    send: (frame) => this.send(frame),
    sendControl: (message) => this.sendControl(message),
    invalidControl: () => this.drop('control-invalid'),
    unknownType: (type) => this.drop('unknown-type', `type ${type} (hint: only y-websocket sync/awareness and control 100)`),
  };
  private closed = false;
  /** Whether this connection's first sync step 2 was answered with `stored`. */
  private storedSent = false;
  /** When this connection opened (the oldest of a person's tabs is closed first). */
  readonly openedAt = Date.now();

  constructor(private readonly options: PairConnectionOptions) {
    this.participantId = options.participantId;
    this.name = options.name;
    const { ws, room } = options;
    room.addPeer(this);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer, isBinary: boolean) => this.handleFrame(data, isBinary));
    ws.on('close', () => this.cleanUp());
    ws.on('error', (error) => options.log.debug({ err: error }, 'socket error'));
    this.sendSyncStep1();
    if (room.awareness.getStates().size > 0) this.send(room.awarenessFrame());
    this.sendControl(options.hello);
  }

  /** Sends a frame if the socket is open. */
  send(frame: Uint8Array): void {
    if (this.options.ws.readyState === this.options.ws.OPEN) this.options.ws.send(frame);
  }

  /** Sends a control message. */
  sendControl(message: ServerControl): void {
    this.send(encodeControl(message));
  }

  /** Closes the socket with a named code and a short reason. */
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.options.ws.close(code, closeReason(reason));
    this.cleanUp();
  }

  private sendSyncStep1(): void {
    this.send(syncStep1Frame(this.options.room.doc));
  }

  /** Counts a dropped frame, and logs the first of each reason (at debug: a flood must not flood the log). */
  private drop(reason: FrameDropReason, detail?: string): void {
    const { metrics, log, room } = this.options;
    if (metrics) metrics.framesDropped.set(reason, (metrics.framesDropped.get(reason) ?? 0) + 1);
    if (this.logged.has(reason)) return;
    this.logged.add(reason);
    log.debug({ room: room.key, reason, detail }, 'frame dropped (further ones from this connection are only counted)');
  }

  private handleFrame(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE_CODES.MALFORMED, 'text frames are not part of the protocol');
    if (!this.frames.take()) return this.close(CLOSE_CODES.RATE_LIMITED, 'too many messages');
    if (!this.bytes.take(data.byteLength) || !this.options.participantBytes.take(data.byteLength)) {
      return this.close(CLOSE_CODES.RATE_LIMITED, 'too much data too fast');
    }
    try {
      this.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    } catch (error) {
      this.options.log.debug({ room: this.options.room.key, err: (error as Error).message }, 'malformed frame');
      this.close(CLOSE_CODES.MALFORMED, 'malformed message');
    }
  }

  private handleMessage(message: Uint8Array): void {
    readRoomFrame(message, this.frameHandlers);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const { room } = this.options;
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const stateVector = decoding.readVarUint8Array(decoder);
      room.whenStored((doc) => this.send(syncStep2Frame(doc, stateVector)));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    // The client's answer to our sync step 1 holds every change it kept, through a store failure too.
    const ackStored = syncType === syncProtocol.messageYjsSyncStep2 && !this.storedSent;
    if (ackStored) this.storedSent = true;
    this.handleIngest(room.ingest(decoding.readVarUint8Array(decoder), this), ackStored);
  }

  /**
   * Closes on a refusal, tells the sender what a rule undid, and says `stored`
   * once the first sync step 2 is stored. If the store failed, the room
   * registry closes every socket of the room (see RoomManager).
   */
  private handleIngest(result: IngestResult, ackStored: boolean): void {
    const { room } = this.options;
    if (result.deferred) {
      void result.deferred.then((r) => this.closed || this.handleIngest(r, ackStored));
      return;
    }
    if (result.refusal) {
      this.options.log.debug({ room: room.key, reason: result.refusal.reason }, 'update refused');
      this.close(REFUSAL_CLOSE[result.refusal.code], result.refusal.reason);
      return;
    }
    const { undone } = result;
    void result.applied.then(
      () => {
        // After the undoing update reached this partner: their copy no longer shows what was undone.
        if (undone) this.sendControl({ t: 'refused', rule: undone.rule, reason: undone.reason, max: room.rules().maxTotal });
        if (ackStored) this.sendControl({ t: 'stored' });
      },
      () => undefined,
    );
  }

  private handleAwareness(raw: Uint8Array): void {
    const result = filterAwarenessUpdate(raw, this.boundClientId, this);
    if (!result.ok) return this.drop('awareness-invalid', result.reason);
    const { room } = this.options;
    // A presence id belongs to the connection that claimed it first (or to the same person's newer tab).
    if (!room.claimPresence(result.clientId, this)) return this.drop('awareness-not-owner');
    this.boundClientId = result.clientId;
    // Most presence traffic is heartbeats (and cursor moves the filter drops): renew them cheaply.
    if (result.state === this.lastPresence && room.renewPresence(result.clientId, result.clock)) return;
    this.lastPresence = result.state;
    awarenessProtocol.applyAwarenessUpdate(room.awareness, encodeFilteredAwareness(result), this);
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    const { room } = this.options;
    room.removePeer(this);
    const owned = room.releasePresence(this);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(room.awareness, owned, null);
    this.options.onClose();
  }
}
