/**
 * The server's documents have a fixed guid (server/rooms/serverDoc.ts): Yjs's
 * random one is never read on the server, and a room makes two as it loads.
 * The client id stays random, and a room loaded from the store with its
 * documents keeps every pick a client sent (a real room, a real SQLite store).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { PairRoom } from '../../server/rooms/PairRoom.js';
import { serverDoc } from '../../server/rooms/serverDoc.js';
import { compactState } from '../../server/jobs/compactState.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { LocalRelay } from '../../server/cluster/Relay.js';
import { createLogger } from '../../server/logger.js';

const list = ESSENTIAL_LIST_2020_21;
const log = createLogger('silent');
const load = (store: SqliteStore, key: string): Promise<PairRoom> =>
  PairRoom.load({ key, list, store, log, relay: new LocalRelay(), isLocked: () => false, rules: () => list.rules, onChange: () => undefined, onStoreFailed: () => undefined });

describe('serverDoc', () => {
  it('has one fixed guid, a random client id each, and honours gc', () => {
    const docs = Array.from({ length: 50 }, () => serverDoc());
    expect(new Set(docs.map((d) => d.guid))).toEqual(new Set(['pairplan-server']));
    expect(new Set(docs.map((d) => d.clientID)).size).toBe(50);
    expect(serverDoc().gc).toBe(true);
    expect(serverDoc({ gc: false }).gc).toBe(false);
  });

  it('is what a loaded room uses, and a room read back from the store keeps the picks', async () => {
    const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'pairplan-serverdoc-')));
    try {
      const room = await load(store, 'serverdoc/1');
      expect(room.awareness.doc.guid).toBe('pairplan-server');
      const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id)).slice(0, 3);
      const client = initPlanDoc(new Y.Doc());
      const before = Y.encodeStateVector(client);
      for (const id of ids) setPick(client, id, { id: 'p-ana', name: 'Ana' }, 1_700_000_000_000);
      // The guid is not part of an update: one from a client with a random guid folds into the server's.
      const compacted = compactState([Y.encodeStateAsUpdate(client, before)]);
      const folded = initPlanDoc(new Y.Doc());
      Y.applyUpdate(folded, compacted);
      expect(Object.keys(toSnapshot(folded).picks).sort()).toEqual([...ids].sort());
    } finally {
      await store.close();
    }
  });
});
