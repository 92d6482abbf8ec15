/**
 * Frames a socket sends before its room is open (the room loads from the
 * store, the leader's key is checked): held, within a cap, and replayed in
 * order once the connection that handles them exists. A partner's socket and
 * a watching leader's hold them the same way.
 */
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';

/** What a socket may send before its room is open. */
export const EARLY_FRAMES = { count: 64, bytes: 1024 * 1024 } as const;

export interface EarlyFrames {
  /** Stops holding and replays what was held to the socket's own listeners (the connection's, added by now). */
  replay(): void;
}

/**
 * Starts holding `ws`'s frames until `replay`. With `first`, the socket's
 * first frame goes there instead of being held (a leader socket's key).
 */
export function holdEarlyFrames(ws: WebSocket, first?: (data: Buffer, isBinary: boolean) => void): EarlyFrames {
  const held: [Buffer, boolean][] = [];
  let bytes = 0;
  let firstTaken = first === undefined;
  const hold = (data: Buffer, isBinary: boolean): void => {
    if (!firstTaken) {
      firstTaken = true;
      return first!(data, isBinary);
    }
    bytes += data.byteLength;
    if (held.length >= EARLY_FRAMES.count || bytes > EARLY_FRAMES.bytes) {
      ws.close(CLOSE_CODES.TOO_LARGE, 'too much sent before the room opened');
      return;
    }
    held.push([data, isBinary]);
  };
  ws.on('message', hold);
  return {
    replay() {
      ws.off('message', hold);
      for (const [data, isBinary] of held.splice(0)) ws.emit('message', data, isBinary);
    },
  };
}
