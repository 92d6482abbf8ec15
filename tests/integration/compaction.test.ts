/**
 * A busy room compacts its stored updates while it stays loaded, so a
 * workshop that runs for hours does not leave thousands of rows per pair to
 * merge at the next load — and nothing of the plan is lost on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, removePick, setDetail, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { ROOM_LIMITS, type PairRoom } from '../../server/rooms/PairRoom.js';
import type { Actor } from '../../shared/doc/schema.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { worstLoopGap } from '../utils/worstLoopGap.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});

// Fourteen activities: the toggling never passes the maximum, which the server would undo.
const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id)).slice(0, 14);

/** A new workshop with Ana connected to pair 1, and that pair's loaded room. */
async function openLoadedRoom(): Promise<{ ana: Awaited<ReturnType<typeof connectPartner>>; key: string; room: PairRoom }> {
  const w = await createWorkshop(server.url);
  const ana = await connectPartner(server.url, w.joinCode, 'Ana', 1);
  await synced(ana);
  const key = `${w.id}/1`;
  const room = await server.app.ctx.rooms.loaded(key);
  if (!room) throw new Error('room not loaded');
  return { ana, key, room };
}

describe('a loaded room', () => {
  it(`compacts its stored updates after ${ROOM_LIMITS.compactEvery}, keeping the plan through a restart`, async () => {
    const { ana, key, room } = await openLoadedRoom();
    // Ana's edits, fed to the room as her connection would feed them.
    const local = initPlanDoc(new Y.Doc());
    const sender = { participantId: ana.actor.id, name: ana.actor.name };
    let applied: Promise<void> = Promise.resolve();
    local.on('update', (update: Uint8Array) => {
      const result = room.ingest(update, sender);
      if (result.refusal !== null) throw new Error(result.refusal?.reason ?? 'deferred on a single instance');
      applied = result.applied;
    });
    for (let i = 0; i < ROOM_LIMITS.compactEvery + 40; i++) {
      const id = ids[i % ids.length];
      if (local.getMap('picks').has(id)) removePick(local, id);
      else setPick(local, id, ana.actor, i + 1);
    }
    await applied;
    await eventually(async () => expect((await server.app.ctx.store.loadUpdates(key)).length).toBeLessThan(100));
    expect(toSnapshot(room.doc)).toEqual(toSnapshot(local));
    ana.destroy();
    await server.restart();
    const stored = await server.app.ctx.store.loadUpdates(key);
    const reloaded = initPlanDoc(new Y.Doc());
    for (const u of stored) Y.applyUpdate(reloaded, u.data);
    expect(toSnapshot(reloaded)).toEqual(toSnapshot(local));
  });
});

/** Bytes stored for a room, all rows together. */
async function storedBytes(key: string): Promise<number> {
  return (await server.app.ctx.store.loadUpdates(key)).reduce((n, u) => n + u.data.byteLength, 0);
}

/**
 * `updates` updates of one transaction each, every one overwriting the same
 * 500-character note `perUpdate` times (the flood of issue "Airtight",
 * finding 2), after a first update that picks the activity. The sender's
 * document keeps deleted content (gc off), so every overwritten note is in
 * its updates, as a hostile client sends them.
 */
function noteFlood(actor: Actor, updates: number, perUpdate: number): { doc: Y.Doc; frames: Uint8Array[] } {
  const doc = initPlanDoc(new Y.Doc({ gc: false }));
  const frames: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => frames.push(update));
  setPick(doc, ids[0], actor, 1);
  for (let i = 0; i < updates; i++) {
    doc.transact(() => {
      for (let j = 0; j < perUpdate; j++) setDetail(doc, ids[0], 'note', `${i}.${j} `.padEnd(500, 'n'));
    });
  }
  return { doc, frames };
}

/** Feeds updates to a room as a partner's connection would; resolves once all are applied. */
async function feed(room: PairRoom, sender: { participantId: string; name: string }, frames: readonly Uint8Array[]): Promise<void> {
  let applied: Promise<void> = Promise.resolve();
  for (const frame of frames) {
    const result = room.ingest(frame, sender);
    if (result.refusal !== null) throw new Error(result.refusal?.reason ?? 'deferred on a single instance');
    applied = result.applied;
  }
  await applied;
}


describe('a room flooded with overwrites', () => {
  it('keeps its stored bytes near its plan while loaded, and compacts to about the plan\'s size', async () => {
    const { ana, key, room } = await openLoadedRoom();
    // 60 updates of ~100 KB: 6 MB written, one note of 500 characters kept.
    const { doc, frames } = noteFlood(ana.actor, 60, 200);
    const written = frames.reduce((n, f) => n + f.byteLength, 0);
    expect(written).toBeGreaterThan(5_000_000);
    await feed(room, { participantId: ana.actor.id, name: ana.actor.name }, frames);
    // Well under 60 updates: the byte budget compacted the room as it went.
    await eventually(async () => expect(await storedBytes(key)).toBeLessThan(2 * ROOM_LIMITS.compactStoredBytes), 15_000);
    const lastId = (await server.app.ctx.store.loadUpdates(key)).at(-1)!.id;
    await room.compact();
    // One row, under the id of the last update it replaced.
    expect((await server.app.ctx.store.loadUpdates(key)).map((u) => u.id)).toEqual([lastId]);
    const planBytes = Y.encodeStateAsUpdate(room.doc).byteLength;
    expect(await storedBytes(key)).toBeLessThan(2 * planBytes + 1_000);
    expect(planBytes).toBeLessThan(5_000);
    expect(toSnapshot(room.doc)).toEqual(toSnapshot(doc));
    ana.destroy();
    await server.restart();
    const reloaded = initPlanDoc(new Y.Doc());
    for (const u of await server.app.ctx.store.loadUpdates(key)) Y.applyUpdate(reloaded, u.data);
    expect(toSnapshot(reloaded)).toEqual(toSnapshot(doc));
  });

  it('loads a room with megabytes of history without holding the event loop, compacting it in a worker', async () => {
    const w = await createWorkshop(server.url);
    const key = `${w.id}/1`;
    const joined = await connectPartner(server.url, w.joinCode, 'Ana', 1);
    await synced(joined);
    joined.destroy();
    await eventually(() => expect(server.app.ctx.rooms.has(key)).toBe(false));
    // ~24 MB of stored history, as a flood before this change left it.
    const { doc, frames } = noteFlood(joined.actor, 100, 480);
    for (const frame of frames) await server.app.ctx.store.appendUpdate(key, frame);
    expect(await storedBytes(key)).toBeGreaterThan(20_000_000);
    const healthz: number[] = [];
    const { gapMs } = await worstLoopGap(async () => {
      const loading = connectPartner(server.url, w.joinCode, 'Ana', 1);
      // /healthz keeps answering while the room loads.
      await eventually(async () => {
        const started = performance.now();
        expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
        healthz.push(performance.now() - started);
        expect(healthz.length).toBeGreaterThan(3);
      }, 15_000);
      const ana = await loading;
      await eventually(() => expect(toSnapshot(ana.doc)).toEqual(toSnapshot(doc)), 15_000);
      ana.destroy();
    });
    // The old path (merge and apply 24 MB on the event loop) held it for seconds.
    expect(gapMs).toBeLessThan(200);
    expect(Math.max(...healthz)).toBeLessThan(200);
    expect(await storedBytes(key)).toBeLessThan(5_000);
  });
});
