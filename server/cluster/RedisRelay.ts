/**
 * Redis pub/sub between instances (ioredis). Room channels carry binary
 * frames `[kind byte][instance id (16 bytes)][payload]`; workshop channels
 * carry JSON `{ from, message }`. An instance ignores what it sent itself.
 */
import { Redis } from 'ioredis';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Relay, RoomRelayHandlers, WorkshopRelayMessage } from './Relay.js';

const KIND_UPDATE = 0;
const KIND_AWARENESS = 1;
const ID_BYTES = 16;

const roomChannel = (key: string): string => `pp:room:${key}`;
const workshopChannel = (id: string): string => `pp:workshop:${id}`;

export class RedisRelay implements Relay {
  readonly instanceId: string;
  private readonly idBytes: Buffer;
  private readonly rooms = new Map<string, Set<RoomRelayHandlers>>();
  private readonly workshops = new Map<string, Set<(m: WorkshopRelayMessage) => void>>();

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly log: Logger,
  ) {
    this.idBytes = randomBytes(ID_BYTES);
    this.instanceId = this.idBytes.toString('hex');
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) => this.dispatch(channel.toString(), message));
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
    const frame = Buffer.concat([Buffer.from([kind === 'update' ? KIND_UPDATE : KIND_AWARENESS]), this.idBytes, payload]);
    this.pub.publish(roomChannel(key), frame).catch((error: Error) => this.log.error({ err: error.message, room: key }, 'redis publish failed'));
  }

  async subscribeRoom(key: string, handlers: RoomRelayHandlers): Promise<() => void> {
    return this.add(this.rooms, roomChannel(key), key, handlers);
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
      if (channel.startsWith('pp:room:')) {
        if (message.length <= 1 + ID_BYTES || message.subarray(1, 1 + ID_BYTES).equals(this.idBytes)) return;
        const payload = new Uint8Array(message.subarray(1 + ID_BYTES));
        for (const h of this.rooms.get(channel.slice('pp:room:'.length)) ?? []) {
          if (message[0] === KIND_UPDATE) h.update(payload);
          else h.awareness(payload);
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
