/**
 * The leader's read-only view of a pair room (issue 14 "Open a pair"): the
 * socket that proves the facilitator key in its first frame, and how the
 * partners' screens count the leaders watching.
 */
import type { WebSocketClass } from './PairRoomConnection.js';

/**
 * A WebSocket class whose sockets send `firstFrame` as soon as they open,
 * before y-websocket's own `onopen` sends anything: listeners added in the
 * constructor run before the `onopen` handler the provider sets afterwards.
 */
export function withFirstFrame(Socket: WebSocketClass, firstFrame: string): WebSocketClass {
  const Base = Socket as unknown as new (url: string, protocols?: string | string[]) => { addEventListener(type: 'open', listener: () => void): void; send(data: string): void };
  return class FirstFrameSocket extends Base {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols);
      this.addEventListener('open', () => this.send(firstFrame));
    }
  } as unknown as WebSocketClass;
}

/**
 * How many leader screens watch the room: the sum of the `leader.watching`
 * counts of the server instances' own presence states (server/rooms/PairRoom.ts, `watch`).
 */
export function watchingLeaders(states: ReadonlyMap<number, unknown>): number {
  let total = 0;
  for (const state of states.values()) {
    const watching = (state as { leader?: { watching?: unknown } } | null)?.leader?.watching;
    if (typeof watching === 'number' && Number.isSafeInteger(watching) && watching > 0) total += Math.min(watching, 100);
  }
  return total;
}
