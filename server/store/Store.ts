/**
 * Persistence, behind one interface: SQLite (embedded, the default) or
 * PostgreSQL (`DATABASE_URL`). Room documents are stored as the list of Yjs
 * updates the server relayed, compacted into one when a room unloads.
 */
import type { WorkshopRecord } from '../workshops/types.js';

/** One stored update of a room, with its row id (for compaction). */
export interface StoredUpdate {
  readonly id: number;
  readonly data: Uint8Array;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Returns the setting, creating it with `create()` when absent (first writer wins). */
  ensureSetting(key: string, create: () => string): Promise<string>;
  /** The setting, or `null` when it was never set (the Zoom meeting index reads it, issue 16). */
  getSetting(key: string): Promise<string | null>;
  insertWorkshop(workshop: WorkshopRecord): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | null>;
  findWorkshopByCode(joinCode: string): Promise<WorkshopRecord | null>;
  /** Replaces the stored workshop (same id). */
  saveWorkshop(workshop: WorkshopRecord): Promise<void>;
  /** Appends an update; resolves only once it is durable (group commit, see GroupCommit). */
  appendUpdate(room: string, update: Uint8Array): Promise<void>;
  loadUpdates(room: string): Promise<StoredUpdate[]>;
  /**
   * Replaces exactly the rows `ids` (the ones `merged` was made from) by one
   * merged update, atomically. Rows appended since they were read are kept,
   * whatever their id: with PostgreSQL an id is taken before its INSERT
   * commits, so "id ≤ the last one read" could delete a row committed after
   * the read. The merged update is stored under the largest of `ids`, so it
   * stays before every update stored since and a load applies it first
   * (applied after them, each of them waited as a pending update: a 40 MB
   * room took seconds to load instead of 0.1 s).
   */
  compactUpdates(room: string, merged: Uint8Array, ids: readonly number[]): Promise<void>;
  /**
   * Removes every stored byte of a workshop: its row, every update of its
   * rooms (`<id>/<pair>`) and every setting that names it (a Zoom meeting's
   * link, so the meeting can be linked again), in one transaction, after the appends already
   * queued are written (so none lands after it). Other workshops are untouched.
   */
  deleteWorkshop(id: string): Promise<void>;
  /** Rooms (keys) that have stored updates, for a workshop's key prefix. */
  listRooms(prefix: string): Promise<string[]>;
  /** Resolves when the store answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
