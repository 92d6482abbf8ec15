/**
 * Redis pub/sub between instances (ioredis). Room channels carry binary
 * frames `[kind byte][instance id (16 bytes)][sequence (uint32 BE)][payload]`
 * (see encodeRoomFrame),
 * the sequence counting this instance's frames for that room (see
 * RoomSequences); workshop channels carry JSON `{ from, message }`. An
 * instance ignores what it sent itself.
 *
 * Catch-up: a room is told to resync from the store when its sequence from
 * a publisher skips, when a publisher is new to it, and — for every
 * subscribed room — when the subscriber connection comes back (pub/sub
 * drops what was sent while it was away).
 */
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Relay, RoomRelayHandlers, WorkshopRelayMessage } from './Relay.js';
import { RoomSequences } from './RoomSequences.js';

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const ID_BYTES = 16;
const SEQ_BYTES = 4;
const HEADER_BYTES = 1 + ID_BYTES + SEQ_BYTES;

/**
 * Room channels are `pp:room2:<key>`: the frame gained its sequence number
 * with the "2", so during a rolling upgrade an older instance (on
 * `pp:room:`) never misreads a newer one's frames; the newer ones catch up
 * from the store when a restarted instance first speaks.
 */
const ROOM_PREFIX = 'pp:room2:';

/** The Redis channel of a room. */
export const roomChannel = (key: string): string => `${ROOM_PREFIX}${key}`;

/** A room frame as it goes over Redis: `[kind][publisher id][sequence (uint32 BE)][payload]`. */
export function encodeRoomFrame(kind: 'update' | 'awareness', publisher: Buffer, seq: number, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header[0] = kind === 'update' ? KIND_UPDATE : KIND_AWARENESS;
  publisher.copy(header, 1, 0, ID_BYTES);
  header.writeUInt32BE(seq >>> 0, 1 + ID_BYTES);
  return Buffer.concat([header, payload]);
}
const workshopChannel = (id: string): string => `pp:workshop:${id}`;

export class RedisRelay implements Relay {
  readonly instanceId: string;
  private readonly idBytes: Buffer;
  private readonly rooms = new Map<string, Set<RoomRelayHandlers>>();
  private readonly workshops = new Map<string, Set<(m: WorkshopRelayMessage) => void>>();
  /** The last sequence number this instance published, per room. */
  private readonly published = new Map<string, number>();
  /** What each subscribed room has seen from each publisher. */
  private readonly sequences = new Map<string, RoomSequences>();

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly log: Logger,
  ) {
    this.idBytes = randomBytes(ID_BYTES);
    this.instanceId = this.idBytes.toString('hex');
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message));
    // 'ready' again means a reconnect (the first one happened before this constructor).
    sub.on('ready', () => setImmediate(() => void this.resyncAfterReconnect()));
  }

  /**
   * ioredis resubscribes right after 'ready'; a PING on the same connection
   * answers after those SUBSCRIBEs, so the rooms read the store only once
   * every frame from now on will reach them.
   */
  private async resyncAfterReconnect(): Promise<void> {
    try {
      await this.sub.ping();
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'redis subscriber not ready after reconnect');
      return;
    }
    this.log.info({ rooms: this.rooms.size }, 'redis subscriber reconnected; rooms resync from the store');
    for (const handlers of this.rooms.values()) for (const h of handlers) h.resync();
  }

  /** Connects both clients; throws when Redis cannot be reached. */
  static async connect(url: string, log: Logger): Promise<RedisRelay> {
    // Auto-pipelining: the publishes of one event-loop turn go out in one write (one syscall, not one per update).
    const options = { maxRetriesPerRequest: 2, lazyConnect: true, enableAutoPipelining: true };
    const pub = new Redis(url, options);
    const sub = new Redis(url, options);
    for (const client of [pub, sub]) client.on('error', (error: Error) => log.warn({ err: error.message }, 'redis error'));
    await Promise.all([pub.connect(), sub.connect()]);
    return new RedisRelay(pub, sub, log);
  }

  publishRoom(key: string, kind: 'update' | 'awareness', payload: Uint8Array): void {
    const seq = ((this.published.get(key) ?? 0) + 1) >>> 0;
    this.published.set(key, seq);
    const frame = encodeRoomFrame(kind, this.idBytes, seq, payload);
    this.pub.publish(roomChannel(key), frame).catch((error: Error) => this.log.error({ err: error.message, room: key }, 'redis publish failed'));
  }

  async subscribeRoom(key: string, handlers: RoomRelayHandlers): Promise<() => void> {
    if (!this.sequences.has(key)) this.sequences.set(key, new RoomSequences());
    const remove = await this.add(this.rooms, roomChannel(key), key, handlers);
    return () => {
      remove();
      if (this.rooms.has(key)) return;
      // Unloaded here: a later load starts a new sequence (a subscriber sees the restart as one gap).
      this.sequences.delete(key);
      this.published.delete(key);
    };
  }

  publishWorkshop(workshopId: string, message: WorkshopRelayMessage): void {
    this.pub
      .publish(workshopChannel(workshopId), JSON.stringify({ from: this.instanceId, message }))
      .catch((error: Error) => this.log.error({ err: error.message }, 'redis publish failed'));
  }

  async subscribeWorkshop(workshopId: string, handler: (message: WorkshopRelayMessage) => void): Promise<() => void> {
    return this.add(this.workshops, workshopChannel(workshopId), workshopId, handler);
  }

  private async add<T>(registry: Map<string, Set<T>>, channel: string, key: string, handler: T): Promise<() => void> {
    let set = registry.get(key);
    if (!set) {
      registry.set(key, (set = new Set()));
      await this.sub.subscribe(channel);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size > 0 || registry.get(key) !== set) return;
      registry.delete(key);
      this.sub.unsubscribe(channel).catch(() => undefined);
    };
  }

  private dispatch(channel: string, message: Buffer): void {
    try {
      if (channel.startsWith(ROOM_PREFIX)) {
        if (message.length <= HEADER_BYTES || message.subarray(1, 1 + ID_BYTES).equals(this.idBytes)) return;
        const key = channel.slice(ROOM_PREFIX.length);
        const handlers = this.rooms.get(key);
        if (!handlers) return;
        const publisher = message.subarray(1, 1 + ID_BYTES).toString('hex');
        const gap = this.sequences.get(key)?.observe(publisher, message.readUInt32BE(1 + ID_BYTES)) ?? false;
        const payload = new Uint8Array(message.subarray(HEADER_BYTES));
        for (const h of handlers) {
          if (message[0] === KIND_UPDATE) h.update(payload);
          else h.awareness(payload);
          // After the frame: if it was all that was missing, the resync finds nothing to add.
          if (gap) h.resync();
        }
      } else if (channel.startsWith('pp:workshop:')) {
        const { from, message: body } = JSON.parse(message.toString()) as { from: string; message: WorkshopRelayMessage };
        if (from === this.instanceId) return;
        for (const h of this.workshops.get(channel.slice('pp:workshop:'.length)) ?? []) h(body);
      }
    } catch (error) {
      this.log.error({ err: (error as Error).message, channel }, 'relay message dropped');
    }
  }

  async ping(): Promise<void> {
    await this.pub.ping();
  }

  async close(): Promise<void> {
    this.sub.disconnect();
    await this.pub.quit().catch(() => this.pub.disconnect());
  }
}
