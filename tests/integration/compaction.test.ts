/**
 * A busy room compacts its stored updates while it stays loaded, so a
 * workshop that runs for hours does not leave thousands of rows per pair to
 * merge at the next load — and nothing of the plan is lost on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, removePick, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { ROOM_LIMITS } from '../../server/rooms/PairRoom.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});

// Fourteen activities: the toggling never passes the maximum, which the server would undo.
const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id)).slice(0, 14);

describe('a loaded room', () => {
  it(`compacts its stored updates after ${ROOM_LIMITS.compactEvery}, keeping the plan through a restart`, async () => {
    const w = await createWorkshop(server.url);
    const ana = await connectPartner(server.url, w.joinCode, 'Ana', 1);
    await synced(ana);
    const key = `${w.id}/1`;
    const room = await server.app.ctx.rooms.loaded(key);
    if (!room) throw new Error('room not loaded');
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
