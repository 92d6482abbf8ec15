/**
 * What one instance tells the others. With a single instance nothing needs
 * relaying ({@link LocalRelay}); with `REDIS_URL` set, {@link RedisRelay}
 * carries room updates, awareness and workshop events over Redis pub/sub.
 *
 * Only updates the origin instance accepted, validated and stored are
 * published: never a sync reply. A sync reply is computed against one
 * peer's state vector, so broadcast to others it can carry deletions
 * without the content they delete — the known failure of this design
 * elsewhere. Rooms subscribe before loading from the store and apply
 * idempotently, so nothing is missed between the two.
 *
 * Pub/sub is fire-and-forget: a frame sent while a subscriber was
 * disconnected, or an update an instance stored and then died before
 * publishing, never arrives. The relay numbers each room's frames per
 * publisher and tells the room to resync from the store when it may have
 * missed one (see {@link RoomRelayHandlers.resync}).
 */

/** Room traffic between instances. */
export interface RoomRelayHandlers {
  update(update: Uint8Array): void;
  awareness(update: Uint8Array): void;
  /** The relay may have missed frames for this room. */
  resync(): void;
}

/** Workshop traffic: the record changed (clock, lock, broadcast), or a pair's plan or presence did. */
export type WorkshopRelayMessage =
  | { readonly t: 'changed' }
  /** The leader deleted the workshop: forget it, close its sockets and rooms. */
  | { readonly t: 'deleted' }
  | { readonly t: 'pair'; readonly n: number; readonly present: readonly { id: string; name: string }[] };

export interface Relay {
  readonly instanceId: string;
  publishRoom(key: string, kind: 'update' | 'awareness', payload: Uint8Array): void;
  subscribeRoom(key: string, handlers: RoomRelayHandlers): Promise<() => void>;
  publishWorkshop(workshopId: string, message: WorkshopRelayMessage): void;
  subscribeWorkshop(workshopId: string, handler: (message: WorkshopRelayMessage) => void): Promise<() => void>;
  /** Resolves when the relay answers (for /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const noop = (): void => undefined;

/** A single instance: nothing to relay. */
export class LocalRelay implements Relay {
  readonly instanceId = 'local';
  publishRoom(): void {}
  async subscribeRoom(): Promise<() => void> {
    return noop;
  }
  publishWorkshop(): void {}
  async subscribeWorkshop(): Promise<() => void> {
    return noop;
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}
