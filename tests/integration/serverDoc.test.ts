/**
 * The server's documents have a fixed guid (server/rooms/serverDoc.ts): Yjs's
 * random one is never read on the server, and a room makes two as it loads.
 * The client id stays random. Every document a room holds is one: as loaded,
 * after a forged update is refused and the room rebuilds its document, and
 * the draft of a server change (a real room, a real SQLite store).
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
import { roomPeer } from '../utils/roomPeer.js';

const GUID = 'pairplan-server';
const list = ESSENTIAL_LIST_2020_21;
const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id));
const ana = { id: 'p-ana', name: 'Ana' };
const log = createLogger('silent');

describe('serverDoc', () => {
  it('has one fixed guid, a random client id each, and honours gc', () => {
    const docs = Array.from({ length: 50 }, () => serverDoc());
    expect(new Set(docs.map((d) => d.guid))).toEqual(new Set([GUID]));
    expect(new Set(docs.map((d) => d.clientID)).size).toBe(50);
    expect(serverDoc().gc).toBe(true);
    expect(serverDoc({ gc: false }).gc).toBe(false);
  });

  it('is every document a room holds: loaded, rebuilt after a forged update, and a server change’s draft', async () => {
    const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'pairplan-serverdoc-')));
    try {
      const room = await PairRoom.load({ key: 'serverdoc/1', list, store, log, relay: new LocalRelay(), isLocked: () => false, rules: () => list.rules, onChange: () => undefined, onStoreFailed: () => undefined });
      expect(room.doc.guid).toBe(GUID);
      expect(room.awareness.doc.guid).toBe(GUID);

      const client = initPlanDoc(new Y.Doc());
      const peer = roomPeer(ana, client);
      room.addPeer(peer);
      const send = (change: () => void) => {
        const before = Y.encodeStateVector(client);
        client.transact(change);
        return room.ingest(Y.encodeStateAsUpdate(client, before), peer);
      };
      expect(send(() => setPick(client, ids[0], ana, 1_000)).refusal).toBeNull();
      await room.drain();

      const loaded = room.doc;
      // A tick written as someone else is refused, and the room rebuilds its document without it.
      expect(send(() => setPick(client, ids[1], { id: 'p-someone-else', name: 'Ben' }, 2_000)).refusal?.code).toBe('invalid');
      expect(room.doc).not.toBe(loaded);
      expect(room.doc.guid).toBe(GUID);
      expect(Object.keys(room.snapshot().picks)).toEqual([ids[0]]);

      let draftGuid: string | null = null;
      await room.applyServerChange((draft) => {
        draftGuid = draft.guid;
        return false;
      });
      expect(draftGuid).toBe(GUID);
    } finally {
      await store.close();
    }
  });

  it('folds a client’s update (random guid) into compacted state: the guid is not part of an update', () => {
    const client = initPlanDoc(new Y.Doc());
    const before = Y.encodeStateVector(client);
    for (const id of ids.slice(0, 3)) setPick(client, id, ana, 1_700_000_000_000);
    const folded = initPlanDoc(new Y.Doc());
    Y.applyUpdate(folded, compactState([Y.encodeStateAsUpdate(client, before)]));
    expect(Object.keys(toSnapshot(folded).picks).sort()).toEqual(ids.slice(0, 3).sort());
  });
});
