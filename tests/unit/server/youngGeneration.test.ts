/**
 * server/gc/youngGeneration.ts: the container a document or a socket waits
 * with between frames is never the one a frame fills (so an old, dead
 * container never points to a young frame's objects), and nothing else
 * changes. The first test of each pair checks that Yjs and ws still behave
 * as the module describes; if a new version stops, it fails here.
 */
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { initPlanDoc, removePick, setPick, toSnapshot } from '../../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import { freshFragmentLists, freshTransactionList } from '../../../server/gc/youngGeneration.js';
import { eventually } from '../../utils/eventually.js';

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const ana = { id: 'p-ana', name: 'Ana' };
const cleanupsOf = (doc: Y.Doc): unknown[] => (doc as unknown as { _transactionCleanups: unknown[] })._transactionCleanups;
const fragmentsOf = (ws: WebSocket): unknown[] => (ws as unknown as { _receiver: { _fragments: unknown[] } })._receiver._fragments;

/** A client's edits as updates: tick or untick `ids[i]` for each `i`. */
function clientUpdates(steps: readonly number[]): Uint8Array[] {
  const client = initPlanDoc(new Y.Doc());
  return steps.map((i, n) => {
    const before = Y.encodeStateVector(client);
    const id = ids[i % ids.length];
    if (toSnapshot(client).picks[id]) removePick(client, id);
    else setPick(client, id, ana, 1_700_000_000_000 + n);
    return Y.encodeStateAsUpdate(client, before);
  });
}

describe('freshTransactionList', () => {
  it('Yjs files each transaction in doc._transactionCleanups and then replaces the list, which keeps pointing to it', () => {
    const doc = initPlanDoc(new Y.Doc());
    const waitedWith = cleanupsOf(doc);
    let filed = false;
    let transaction: Y.Transaction | null = null;
    doc.on('afterTransaction', (tr: Y.Transaction) => {
      transaction = tr;
      filed = cleanupsOf(doc).includes(tr);
    });
    Y.applyUpdate(doc, clientUpdates([0])[0]);
    expect(filed).toBe(true);
    expect(cleanupsOf(doc)).not.toBe(waitedWith);
    expect(cleanupsOf(doc)).toEqual([]);
    expect(waitedWith).toEqual([transaction]);
  });

  it('leaves the list a document waited with empty, whatever the updates, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 30 }), (steps) => {
        const updates = clientUpdates(steps);
        const plain = initPlanDoc(new Y.Doc());
        const fresh = initPlanDoc(new Y.Doc());
        const waitedWith: unknown[][] = [];
        let events = 0;
        fresh.on('update', () => events++);
        for (const update of updates) {
          Y.applyUpdate(plain, update);
          waitedWith.push(cleanupsOf(fresh));
          freshTransactionList(fresh);
          Y.applyUpdate(fresh, update);
        }
        expect(waitedWith.every((list) => list.length === 0)).toBe(true);
        expect(events).toBe(updates.length);
        expect(toSnapshot(fresh)).toEqual(toSnapshot(plain));
        expect(Y.encodeStateAsUpdate(fresh)).toEqual(Y.encodeStateAsUpdate(plain));
      }),
      { numRuns: 50 },
    );
  });

  it('does nothing while a transaction runs', () => {
    const doc = initPlanDoc(new Y.Doc());
    let inside: unknown[] | null = null;
    doc.transact(() => {
      const list = cleanupsOf(doc);
      freshTransactionList(doc);
      inside = cleanupsOf(doc);
      expect(inside).toBe(list);
      setPick(doc, ids[0], ana, 1_700_000_000_000);
    });
    expect(Object.keys(toSnapshot(doc).picks)).toEqual([ids[0]]);
  });
});

describe('freshFragmentLists', () => {
  const open: { close(): void }[] = [];
  afterEach(() => {
    for (const o of open.splice(0)) o.close();
  });

  /** A real ws server on port 0 and a client; resolves with the server's socket and what it received. */
  async function connect(fresh: boolean): Promise<{ server: WebSocket; client: WebSocket; received: Buffer[] }> {
    const wss = new WebSocketServer({ port: 0 });
    open.push(wss);
    await new Promise<void>((resolve) => wss.once('listening', resolve));
    const received: Buffer[] = [];
    const accepted = new Promise<WebSocket>((resolve) =>
      wss.once('connection', (ws) => {
        if (fresh) freshFragmentLists(ws);
        ws.on('message', (data: Buffer) => received.push(data));
        resolve(ws);
      }),
    );
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
    open.push(client);
    await new Promise<void>((resolve) => client.once('open', resolve));
    return { server: await accepted, client, received };
  }

  const sent = (client: WebSocket, data: Buffer, options: { fin?: boolean } = {}) =>
    new Promise<void>((resolve, reject) => client.send(data, { binary: true, ...options }, (error) => (error ? reject(error) : resolve())));

  it('ws pushes each message into receiver._fragments and then replaces the list, which keeps the bytes', async () => {
    const { server, client, received } = await connect(false);
    const waitedWith = fragmentsOf(server);
    await sent(client, Buffer.from('one'));
    await eventually(() => expect(received).toHaveLength(1));
    expect(fragmentsOf(server)).not.toBe(waitedWith);
    expect(waitedWith.map((b) => Buffer.from(b as Buffer).toString())).toEqual(['one']);
  });

  it('leaves the list a socket waited with empty, and every message arrives whole and in order, fragmented ones too', async () => {
    const { server, client, received } = await connect(true);
    const waitedWith: unknown[][] = [];
    const expected: string[] = [];
    for (let i = 0; i < 20; i++) {
      waitedWith.push(fragmentsOf(server));
      const text = `message ${i} `.repeat(1 + (i % 5));
      expected.push(text);
      if (i % 3 === 0) {
        // One message in three fragments, each read by the server before the next is sent.
        const third = Math.ceil(text.length / 3);
        await sent(client, Buffer.from(text.slice(0, third)), { fin: false });
        await eventually(() => expect(fragmentsOf(server)).toHaveLength(1));
        // A control frame may come between a message's fragments: the half-received message stays whole.
        const ponged = new Promise<void>((resolve) => client.once('pong', () => resolve()));
        client.ping();
        await ponged;
        await sent(client, Buffer.from(text.slice(third, 2 * third)), { fin: false });
        await eventually(() => expect(fragmentsOf(server)).toHaveLength(2));
        await sent(client, Buffer.from(text.slice(2 * third)), { fin: true });
      } else await sent(client, Buffer.from(text));
      await eventually(() => expect(received).toHaveLength(i + 1));
    }
    expect(received.map((b) => b.toString())).toEqual(expected);
    expect(waitedWith.every((list) => list.length === 0)).toBe(true);
  });
});
