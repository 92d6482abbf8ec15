/**
 * server/gc/youngGeneration.ts where the server uses it: a pair room's
 * document and a partner's socket never fill the container they waited
 * with (an old, dead container would keep the frame's objects alive through
 * every scavenge), for an update judged on the room's document, for one
 * another instance accepted, and on the real server with real clients.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { PairRoom } from '../../server/rooms/PairRoom.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import { LocalRelay } from '../../server/cluster/Relay.js';
import { createLogger } from '../../server/logger.js';
import { createWorkshop } from '../utils/api.js';
import { eventually } from '../utils/eventually.js';
import { roomPeer } from '../utils/roomPeer.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const list = ESSENTIAL_LIST_2020_21;
const ids = list.strategies.flatMap((s) => s.activities.map((a) => a.id));
const ana = { id: 'p-ana', name: 'Ana' };
const cleanupsOf = (doc: Y.Doc): unknown[] => (doc as unknown as { _transactionCleanups: unknown[] })._transactionCleanups;

describe('a pair room', () => {
  it('judges and applies every update in a transaction list made for it, a partner’s and another instance’s', async () => {
    const store = new SqliteStore(mkdtempSync(join(tmpdir(), 'pairplan-young-')));
    try {
      const room = await PairRoom.load({ key: 'young/1', list, store, log: createLogger('silent'), relay: new LocalRelay(), isLocked: () => false, rules: () => list.rules, onChange: () => undefined, onStoreFailed: () => undefined });
      const client = initPlanDoc(new Y.Doc());
      const peer = roomPeer(ana, client);
      room.addPeer(peer);
      const waitedWith: unknown[][] = [];
      for (const [n, id] of ids.slice(0, 3).entries()) {
        const before = Y.encodeStateVector(client);
        setPick(client, id, ana, 1_700_000_000_000 + n);
        waitedWith.push(cleanupsOf(room.doc));
        expect(room.ingest(Y.encodeStateAsUpdate(client, before), peer).refusal).toBeNull();
      }
      await room.drain();
      // Another instance's partner ticks: the update comes through the relay.
      const elsewhere = initPlanDoc(new Y.Doc());
      setPick(elsewhere, ids[3], { id: 'p-ben', name: 'Ben' }, 1_700_000_000_100);
      waitedWith.push(cleanupsOf(room.doc));
      room.applyRemote(Y.encodeStateAsUpdate(elsewhere));
      expect(Object.keys(room.snapshot().picks).sort()).toEqual(ids.slice(0, 4).sort());
      expect(waitedWith.map((l) => l.length)).toEqual([0, 0, 0, 0]);
    } finally {
      await store.close();
    }
  });
});

describe('the server', () => {
  const room = serverWithPartners();

  it('reads each partner’s frames into fragment lists made for them, and applies them in transaction lists made for them', async () => {
    const sockets: Duplex[] = [];
    room.server.app.server.on('upgrade', (_req, socket: Duplex) => sockets.push(socket));
    const w = await createWorkshop(room.server.url);
    const ana = await room.join(w.joinCode, 'Ana');
    const ben = await room.join(w.joinCode, 'Ben');
    const wsOf = (socket: Duplex) => {
      const key = Object.getOwnPropertySymbols(socket).find((s) => s.description === 'websocket');
      return key ? ((socket as unknown as Record<symbol, { _receiver: { _fragments: unknown[] } }>)[key] ?? null) : null;
    };
    await eventually(() => expect(sockets.map(wsOf).filter(Boolean)).toHaveLength(2));
    const anasSocket = wsOf(sockets[0])!;
    const doc = (await room.server.app.ctx.rooms.loaded(`${w.id}/1`))!.doc;
    const fragmentsWaitedWith: unknown[][] = [];
    const transactionsWaitedWith: unknown[][] = [];
    for (const [n, id] of ids.slice(0, 5).entries()) {
      fragmentsWaitedWith.push(anasSocket._receiver._fragments);
      transactionsWaitedWith.push(cleanupsOf(doc));
      setPick(ana.doc, id, ana.actor, 1_700_000_000_000 + n);
      await eventually(() => expect(Object.keys(toSnapshot(ben.doc).picks)).toHaveLength(n + 1));
    }
    expect(fragmentsWaitedWith.map((l) => l.length)).toEqual([0, 0, 0, 0, 0]);
    expect(transactionsWaitedWith.map((l) => l.length)).toEqual([0, 0, 0, 0, 0]);
  });
});
