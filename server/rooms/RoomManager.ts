/**
 * Loads pair rooms on first connect and unloads them (compacted) after the
 * last partner leaves. Concurrent connects to a loading room share one load.
 * A room whose store write failed is unloaded at once (see {@link RoomManager.evict}).
 * Every applied change of a room's plan or presence is emitted as `change`
 * (the dashboard hub listens): the rooms know nothing of who listens.
 */
import { EventEmitter } from 'node:events';
import type { Store } from '../store/Store.js';
import type { Logger } from '../logger.js';
import type { Relay } from '../cluster/Relay.js';
import type { WorkshopRecord } from '../workshops/types.js';
import type { Rules } from '../../shared/lists/types.js';
import { PairRoom, type ChangeSource } from './PairRoom.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { parseRoomKey, roomKey } from '../../shared/protocol/socketPaths.js';
import type { Metrics } from '../metrics/Metrics.js';

/** A room's applied change, as {@link RoomManager} emits it. */
export interface RoomChange {
  readonly workshopId: string;
  readonly pair: number;
  readonly room: PairRoom;
  readonly kind: 'plan' | 'presence';
  readonly source: ChangeSource;
}

/** The events of a {@link RoomManager}. */
export interface RoomEvents {
  /** After every applied change of a room's plan or presence. */
  change: [change: RoomChange];
}

interface Entry {
  readonly room: Promise<PairRoom>;
  /** The room once loaded: a room evicted or unloaded earlier may share its key. */
  loaded: PairRoom | null;
  users: number;
  unloadTimer: NodeJS.Timeout | null;
}

export interface RoomManagerOptions {
  readonly store: Store;
  readonly log: Logger;
  readonly relay: Relay;
  /** Current lock state of a workshop. */
  readonly isLocked: (workshopId: string) => boolean;
  /** The workshop's current rules (`null`: use the rules it had when the room loaded). */
  readonly rulesOf?: (workshopId: string) => Rules | null;
  /** How long an empty room stays loaded (a reload reconnects within it). */
  readonly unloadDelayMs?: number;
  /** See {@link PairRoomOptions.presenceKeepaliveMs}. */
  readonly presenceKeepaliveMs?: number;
  readonly metrics?: Metrics;
  /** Called when a room of `workshop` starts loading (the workshop is in use from then on). */
  readonly onLoad?: (workshop: WorkshopRecord) => void;
  /** See `PairRoomOptions.compactState`. */
  readonly compactState?: (updates: Uint8Array[]) => Promise<Uint8Array>;
}

export class RoomManager extends EventEmitter<RoomEvents> {
  private readonly entries = new Map<string, Entry>();
  /** Rooms loaded or loading, per workshop id. */
  private readonly perWorkshop = new Map<string, number>();

  constructor(private readonly options: RoomManagerOptions) {
    super();
  }

  /** Rooms loaded or loading. */
  get size(): number {
    return this.entries.size;
  }

  /** Loads (or finds) the room and counts one more user of it. */
  async acquire(workshop: WorkshopRecord, pair: number): Promise<PairRoom> {
    const key = roomKey(workshop.id, pair);
    let entry = this.entries.get(key);
    if (!entry) {
      const room = PairRoom.load({
        key,
        list: workshop.list,
        store: this.options.store,
        log: this.options.log,
        relay: this.options.relay,
        isLocked: () => this.options.isLocked(workshop.id),
        rules: () => this.options.rulesOf?.(workshop.id) ?? workshop.rules,
        onChange: (room, kind, source) => this.emit('change', { workshopId: workshop.id, pair, room, kind, source }),
        presenceKeepaliveMs: this.options.presenceKeepaliveMs,
        metrics: this.options.metrics,
        compactState: this.options.compactState,
        onStoreFailed: (failed) => this.evict(failed),
      });
      const created: Entry = { room, loaded: null, users: 0, unloadTimer: null };
      this.setEntry(key, workshop.id, created);
      this.options.onLoad?.(workshop);
      // Registered before any acquirer awaits the load, so `loaded` is set before they resume.
      room.then(
        (loaded) => void (created.loaded = loaded),
        () => this.deleteEntry(key),
      );
      entry = created;
    }
    entry.users++;
    if (entry.unloadTimer) {
      clearTimeout(entry.unloadTimer);
      entry.unloadTimer = null;
    }
    try {
      return await entry.room;
    } catch (error) {
      entry.users--;
      throw error;
    }
  }

  /** Counts one user less; the room unloads when none is left. */
  release(room: PairRoom): void {
    const entry = this.entries.get(room.key);
    if (entry?.loaded !== room) return;
    entry.users--;
    if (entry.users > 0) return;
    const delay = this.options.unloadDelayMs ?? 5_000;
    entry.unloadTimer = setTimeout(() => void this.unload(room.key), delay);
    entry.unloadTimer.unref();
  }

  private setEntry(key: string, workshopId: string, entry: Entry): void {
    this.entries.set(key, entry);
    this.perWorkshop.set(workshopId, (this.perWorkshop.get(workshopId) ?? 0) + 1);
  }

  private deleteEntry(key: string): void {
    if (!this.entries.delete(key)) return;
    const workshopId = parseRoomKey(key)?.workshopId ?? '';
    const left = (this.perWorkshop.get(workshopId) ?? 1) - 1;
    if (left > 0) this.perWorkshop.set(workshopId, left);
    else this.perWorkshop.delete(workshopId);
  }

  /** Whether any room of the workshop is loaded (or loading) here. */
  hasWorkshop(workshopId: string): boolean {
    return this.perWorkshop.has(workshopId);
  }

  /** Whether a room is loaded (or loading) here. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The loaded room of a key, if any (for summaries and broadcasts). */
  async loaded(key: string): Promise<PairRoom | null> {
    const entry = this.entries.get(key);
    return entry ? entry.room : null;
  }

  /** Every loaded room of `workshopId`. */
  async loadedRooms(workshopId: string): Promise<PairRoom[]> {
    const rooms = [...this.entries.entries()].filter(([key]) => parseRoomKey(key)?.workshopId === workshopId).map(([, e]) => e.room);
    return Promise.all(rooms);
  }

  /**
   * Unloads a room whose store write failed (issue 12), at once and without
   * compacting: its document may hold what the store does not. Its sockets
   * close with STORE_FAILED (clients keep their documents and come back
   * after a pause), and the next connection loads the room from the store.
   * Other rooms are not touched.
   */
  private evict(room: PairRoom): void {
    const entry = this.entries.get(room.key);
    if (entry?.loaded === room) {
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      this.deleteEntry(room.key);
    }
    for (const peer of [...room.peers]) peer.close(CLOSE_CODES.STORE_FAILED, 'saving failed; retrying');
    room.destroy();
  }

  /**
   * Closes and forgets every room of a deleted workshop at once, without
   * compacting (nothing of it is to be written again): its sockets close
   * with NOT_FOUND, so clients do not come back.
   */
  async dropWorkshop(workshopId: string): Promise<void> {
    const keys = [...this.entries.keys()].filter((key) => parseRoomKey(key)?.workshopId === workshopId);
    await Promise.all(
      keys.map(async (key) => {
        const entry = this.entries.get(key);
        if (!entry) return;
        if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
        this.deleteEntry(key);
        const room = await entry.room.catch(() => null);
        if (!room) return;
        for (const peer of [...room.peers]) peer.close(CLOSE_CODES.NOT_FOUND, 'this workshop was deleted');
        room.destroy();
      }),
    );
  }

  private async unload(key: string): Promise<void> {
    const entry = this.entries.get(key);
    if (!entry || entry.users > 0) return;
    this.deleteEntry(key);
    const room = await entry.room;
    try {
      await room.compact();
    } catch (error) {
      this.options.log.warn({ room: key, err: error }, 'compaction failed; updates kept as they are');
    }
    room.destroy();
  }

  /** Drains and unloads every room (shutdown). */
  async closeAll(): Promise<void> {
    const keys = [...this.entries.keys()];
    for (const key of keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (entry.unloadTimer) clearTimeout(entry.unloadTimer);
      entry.users = 0;
      await this.unload(key);
    }
  }
}
