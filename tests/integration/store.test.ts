/**
 * One store test suite, run against both stores: the embedded SQLite and
 * the PostgreSQL on 127.0.0.1:5432.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { PgStore } from '../../server/store/PgStore.js';
import type { Store } from '../../server/store/Store.js';
import { createClock } from '../../shared/protocol/clock.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import type { WorkshopRecord } from '../../server/workshops/types.js';
import { createTestDatabase } from '../utils/services.js';

interface StoreFixture {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const fixtures: Record<string, () => Promise<StoreFixture>> = {
  sqlite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pairplan-store-'));
    return { open: async () => new SqliteStore(dir), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
  postgres: async () => {
    const db = await createTestDatabase();
    return { open: () => PgStore.connect(db.url), cleanup: db.drop };
  },
};

const workshop = (id: string, joinCode: string): WorkshopRecord => ({
  id,
  joinCode,
  keyHash: 'ab'.repeat(32),
  createdAt: 1,
  title: 'Stored',
  list: ESSENTIAL_LIST_2020_21,
  rules: ESSENTIAL_LIST_2020_21.rules,
  pairs: [{ n: 1, members: [{ name: 'Ana', email: 'ana@example.org' }] }],
  clock: createClock(20),
  locked: false,
  broadcast: null,
});

function updateWith(key: string, value: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

describe.each(Object.keys(fixtures))('the %s store', (kind) => {
  let fixture: StoreFixture;
  let store: Store;
  beforeAll(async () => {
    fixture = await fixtures[kind]();
    store = await fixture.open();
  });
  afterAll(async () => {
    await store.close();
    await fixture.cleanup();
  });

  it('creates a setting once: the first value wins', async () => {
    expect(await store.ensureSetting('secret', () => 'first')).toBe('first');
    expect(await store.ensureSetting('secret', () => 'second')).toBe('first');
  });

  it('reads a setting without creating it (the Zoom meeting index, issue 16)', async () => {
    expect(await store.getSetting('zoom-meeting:never')).toBeNull();
    expect(await store.getSetting('zoom-meeting:never')).toBeNull();
    expect(await store.getSetting('secret')).toBe('first');
  });

  it('stores, finds by id and code, and updates a workshop', async () => {
    await store.insertWorkshop(workshop('w1', 'ABCDEF'));
    expect(await store.getWorkshop('w1')).toEqual(workshop('w1', 'ABCDEF'));
    expect((await store.findWorkshopByCode('ABCDEF'))?.id).toBe('w1');
    expect(await store.getWorkshop('nope')).toBeNull();
    await store.saveWorkshop({ ...workshop('w1', 'ABCDEF'), locked: true });
    expect((await store.getWorkshop('w1'))?.locked).toBe(true);
  });

  it('refuses a second workshop with the same join code', async () => {
    await expect(store.insertWorkshop(workshop('w2', 'ABCDEF'))).rejects.toThrow();
  });

  it('appends updates in order, grouping one turn into one commit', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.appendUpdate('w1/1', updateWith(`k${i}`, i))));
    await store.appendUpdate('w1/2', updateWith('other', 1));
    const stored = await store.loadUpdates('w1/1');
    expect(stored).toHaveLength(50);
    expect(stored.map((u) => u.id)).toEqual([...stored.map((u) => u.id)].sort((a, b) => a - b));
    const doc = new Y.Doc();
    for (const u of stored) Y.applyUpdate(doc, u.data);
    expect(doc.getMap('m').size).toBe(50);
    expect((await store.listRooms('w1/')).sort()).toEqual(['w1/1', 'w1/2']);
  });

  it('compacts a room into one update without losing later ones', async () => {
    const before = await store.loadUpdates('w1/1');
    const merged = Y.mergeUpdates(before.map((u) => u.data));
    await store.appendUpdate('w1/1', updateWith('late', 99));
    await store.compactUpdates('w1/1', merged, before.map((u) => u.id));
    const after = await store.loadUpdates('w1/1');
    expect(after).toHaveLength(2);
    const doc = new Y.Doc();
    for (const u of after) Y.applyUpdate(doc, u.data);
    expect(doc.getMap('m').size).toBe(51);
  });

  it('keeps a room whole and in order when the newest row was compacted away, then appended to', async () => {
    await store.appendUpdate('w9/1', updateWith('a', 1));
    await store.appendUpdate('w9/2', updateWith('b', 2));
    await store.appendUpdate('w9/2', updateWith('c', 3));
    const before = await store.loadUpdates('w9/2');
    await store.compactUpdates('w9/2', Y.mergeUpdates(before.map((u) => u.data)), before.map((u) => u.id));
    await store.appendUpdate('w9/2', updateWith('d', 4));
    const after = await store.loadUpdates('w9/2');
    expect(after).toHaveLength(2);
    expect(after[0].id).toBeLessThan(after[1].id);
    const doc = new Y.Doc();
    for (const u of after) Y.applyUpdate(doc, u.data);
    expect(doc.getMap('m').toJSON()).toEqual({ b: 2, c: 3, d: 4 });
    expect(await store.loadUpdates('w9/1')).toHaveLength(1);
  });

  it('loses no update appended (by this instance or another) while a compaction runs, over many rounds', async () => {
    // A second store on the same database plays a second instance: its INSERTs run on their own connection.
    const other = await fixture.open();
    const room = 'w7/1';
    const appended: string[] = [];
    let n = 0;
    const append = (s: Store): Promise<void> => {
      const key = `k${n++}`;
      appended.push(key);
      return s.appendUpdate(room, updateWith(key, n));
    };
    /** Appends from both stores in several event-loop turns, so INSERTs overlap the compaction's read and delete. */
    const writeWhile = async (): Promise<void> => {
      for (let turn = 0; turn < 6; turn++) {
        const batch: Promise<void>[] = [];
        for (let i = 0; i < 5; i++) batch.push(append(store), append(other));
        await Promise.all(batch);
      }
    };
    let compactions = 0;
    try {
      for (let round = 0; round < 30; round++) {
        const writing = writeWhile();
        for (let c = 0; c < 3; c++) {
          const read = await store.loadUpdates(room);
          // Appends that commit here, between the read and the delete, must survive it.
          await Promise.all([append(store), append(other)]);
          if (read.length > 1) {
            await store.compactUpdates(room, Y.mergeUpdates(read.map((u) => u.data)), read.map((u) => u.id));
            compactions++;
          }
        }
        await writing;
        const doc = new Y.Doc();
        for (const u of await store.loadUpdates(room)) Y.applyUpdate(doc, u.data);
        const missing = appended.filter((key) => !doc.getMap('m').has(key));
        expect(missing, `round ${round}`).toEqual([]);
      }
    } finally {
      await other.close();
    }
    expect(compactions).toBeGreaterThan(60);
    expect(appended.length).toBeGreaterThan(1_800);
  });

  it('keeps everything across a reopen', async () => {
    await store.close();
    store = await fixture.open();
    expect((await store.getWorkshop('w1'))?.title).toBe('Stored');
    expect(await store.loadUpdates('w1/1')).toHaveLength(2);
    await store.ping();
  });
});
