/**
 * The SQLite store folds its write-ahead log into the file in a worker
 * thread, not inside a commit on the event loop (issue 17): the store's own
 * connection never checkpoints, the worker does once enough is committed,
 * the log starts over instead of growing, every stored byte reads back, a
 * deleted workshop's bytes still leave the log even while the worker is
 * checkpointing, and a worker that fails hands checkpoints back to the
 * store's connection.
 */
import type Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { CHECKPOINT_AFTER_BYTES, WalCheckpointer } from '../../server/store/WalCheckpointer.js';
import { eventually } from '../utils/eventually.js';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function open(): { store: SqliteStore; dir: string; size: (file: string) => number } {
  const dir = mkdtempSync(join(tmpdir(), 'pairplan-wal-'));
  dirs.push(dir);
  const store = new SqliteStore(dir);
  stores.push(store);
  const size = (file: string): number => (existsSync(join(dir, file)) ? statSync(join(dir, file)).size : 0);
  return { store, dir, size };
}

/** The store's own connection (to read its settings; nothing else touches it). */
const connectionOf = (store: SqliteStore): Database.Database => (store as unknown as { db: Database.Database }).db;

/** Appends `count` updates of 1 KB, each filled with its number, across 20 rooms, and waits for their commits. */
async function write(store: SqliteStore, count: number, from = 0): Promise<void> {
  await Promise.all(Array.from({ length: count }, (_, i) => store.appendUpdate(`w/${(from + i) % 20}`, new Uint8Array(1024).fill((from + i) % 251))));
}

describe('the write-ahead log is checkpointed off the event loop', () => {
  it('the store never checkpoints on its own connection; the worker folds the log into the file once enough is committed', async () => {
    const { store, size } = open();
    expect(connectionOf(store).pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await write(store, 200);
    // Under the threshold nothing is folded yet: the file holds only the schema.
    expect(store.checkpointer.completed).toBe(0);
    expect(size('pairplan.sqlite')).toBeLessThan(64 * 1024);
    await write(store, Math.ceil((2 * CHECKPOINT_AFTER_BYTES) / 1024), 200);
    await eventually(() => expect(store.checkpointer.completed).toBeGreaterThanOrEqual(1));
    await eventually(() => expect(size('pairplan.sqlite')).toBeGreaterThan(CHECKPOINT_AFTER_BYTES));
    expect(store.checkpointer.running).toBe(true);
  });

  it('the log starts over instead of growing, and every update reads back after many checkpoints and a reopen', async () => {
    const { store, dir, size } = open();
    const total = 8 * 1024; // 8 MB in 8 rounds
    for (let round = 0; round < 8; round++) {
      await write(store, total / 8, (round * total) / 8);
      await store.checkpointer.idle();
    }
    await eventually(() => expect(store.checkpointer.completed).toBeGreaterThanOrEqual(4));
    // Without checkpoints the log would hold all 8 MB.
    expect(size('pairplan.sqlite-wal')).toBeLessThan(4 * 1024 * 1024);
    await store.close();
    stores.splice(stores.indexOf(store), 1);
    // Closed: the log was folded in and removed.
    expect(size('pairplan.sqlite-wal')).toBe(0);
    const again = new SqliteStore(dir);
    stores.push(again);
    for (let room = 0; room < 20; room++) {
      const updates = await again.loadUpdates(`w/${room}`);
      expect(updates).toHaveLength(Math.floor(total / 20) + (room < total % 20 ? 1 : 0));
      for (const [k, u] of updates.entries()) expect(u.data[0]).toBe((room + 20 * k) % 251);
    }
  });

  it("a deleted workshop's bytes leave the file and the log even when the worker is checkpointing at that moment", async () => {
    const { store, dir } = open();
    const secret = new TextEncoder().encode('secret words of a deleted workshop '.repeat(20));
    await store.appendUpdate('doomed/1', secret);
    await write(store, Math.ceil((1.5 * CHECKPOINT_AFTER_BYTES) / 1024));
    // That commit asked the worker for a checkpoint, which may still be running: delete at once.
    await store.deleteWorkshop('doomed');
    for (const file of ['pairplan.sqlite', 'pairplan.sqlite-wal']) {
      const path = join(dir, file);
      const bytes = existsSync(path) ? readFileSync(path).toString('latin1') : '';
      expect(bytes.includes('secret words of a deleted workshop'), file).toBe(false);
    }
    expect(await store.loadUpdates('doomed/1')).toEqual([]);
  });
});

describe('a checkpoint worker that fails', () => {
  it('hands checkpoints back to the store (called once), and asks nothing more of a worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pairplan-wal-'));
    dirs.push(dir);
    let fellBack = 0;
    const checkpointer = new WalCheckpointer(join(dir, 'missing.sqlite'), join(dir, 'no-such-better-sqlite3.js'), () => fellBack++);
    checkpointer.committed(CHECKPOINT_AFTER_BYTES);
    await eventually(() => expect(fellBack).toBe(1));
    expect(checkpointer.running).toBe(false);
    await checkpointer.idle();
    checkpointer.committed(10 * CHECKPOINT_AFTER_BYTES);
    await checkpointer.close();
    expect(fellBack).toBe(1);
    expect(checkpointer.completed).toBe(0);
  });

  it("the store's own connection checkpoints again once its worker is gone", async () => {
    const { store, size } = open();
    await write(store, Math.ceil((1.2 * CHECKPOINT_AFTER_BYTES) / 1024));
    await eventually(() => expect(store.checkpointer.completed).toBeGreaterThanOrEqual(1));
    // Stop the worker from outside, as a crash of its thread would.
    const worker = (store.checkpointer as unknown as { worker: { terminate: () => Promise<number> } | null }).worker;
    await worker?.terminate();
    await eventually(() => expect(store.checkpointer.running).toBe(false));
    expect(connectionOf(store).pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    const folded = size('pairplan.sqlite');
    await write(store, 6 * 1024);
    // SQLite's own checkpoints (every 1,000 pages) moved the new megabytes into the file.
    expect(size('pairplan.sqlite')).toBeGreaterThan(folded + 2 * 1024 * 1024);
  });
});
