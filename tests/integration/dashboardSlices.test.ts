/**
 * A busy workshop's dashboard frame is sent in slices: when more pairs
 * change at once than one slice holds, every pair still reaches the
 * dashboard, over several frames, each no bigger than a slice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setPick } from '../../shared/doc/planDoc.js';
import { DASHBOARD_SLICE } from '../../server/workshops/DashboardHub.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('a dashboard of a busy workshop', () => {
  it(`gets every changed pair, ${DASHBOARD_SLICE} at most per frame`, async () => {
    const pairs = DASHBOARD_SLICE * 2 + 10;
    const w = await createWorkshop(server.url, { title: 'Busy', pairs });
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() => expect(dash.latest.size).toBe(pairs));
    const workshop = await server.app.ctx.workshops.get(w.id);
    if (!workshop) throw new Error('no workshop');
    const rooms = await Promise.all(Array.from({ length: pairs }, (_, i) => server.app.ctx.rooms.acquire(workshop, i + 1)));
    // One tick in every pair, all within one flush window.
    rooms.forEach((room, i) => {
      const actor = { id: `p-busy-${i + 1}`, name: 'Ana' };
      const local = initPlanDoc(new Y.Doc());
      local.on('update', (update: Uint8Array) => {
        const result = room.ingest(update, { participantId: actor.id, name: actor.name });
        if (result.refusal) throw new Error(result.refusal.reason);
      });
      setPick(local, 'create-awareness-1', actor, Date.now());
    });
    await eventually(() => expect([...dash.latest.values()].filter((s) => s.chosenCount === 1)).toHaveLength(pairs));
    const frames = dash.messages.filter((m) => m.t === 'pairs');
    expect(frames.length).toBeGreaterThanOrEqual(Math.ceil(pairs / DASHBOARD_SLICE));
    for (const frame of frames) if (frame.t === 'pairs') expect(frame.summaries.length).toBeLessThanOrEqual(DASHBOARD_SLICE);
    for (const room of rooms) server.app.ctx.rooms.release(room);
    dash.ws.close();
  });
});
