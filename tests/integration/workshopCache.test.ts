/**
 * The workshop cache stays within its caps however many workshops are
 * created (issue "Airtight", finding 5: 150 creations with a large own list
 * kept +101 MB), and never evicts a workshop in use: one with a pair room
 * loaded (rooms read it synchronously) or a dashboard subscribed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import type { ActivityList } from '../../shared/lists/types.js';
import { WORKSHOP_CACHE, numberedPairs } from '../../server/workshops/WorkshopService.js';
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

/** The Essential List with every activity's text made long: ~150 KB a list. */
function largeList(n: number): ActivityList {
  return {
    ...LIST,
    id: `own-${n}`,
    strategies: LIST.strategies.map((s) => ({ ...s, activities: s.activities.map((a) => ({ ...a, text: `${a.text} `.padEnd(5_000, '·') })) })),
  };
}

describe('WorkshopService cache', () => {
  it('stays within its caps over 300 creations with a large own list, keeping the workshops in use', async () => {
    const running = await createWorkshop(server.url, { title: 'Running', pairs: 2 });
    const watched = await createWorkshop(server.url, { title: 'Watched', pairs: 2 });
    const ana = await connectPartner(server.url, running.joinCode, 'Ana', 1);
    await synced(ana);
    const stopWatching = server.app.ctx.workshops.subscribe(watched.id, () => undefined);
    const { workshops } = server.app.ctx;
    let largest = 0;
    for (let i = 0; i < 300; i++) {
      await workshops.create({ title: `Flood ${i}`, list: largeList(i), pairs: numberedPairs(2) });
      largest = Math.max(largest, workshops.cached.bytes);
      expect(workshops.cached.entries).toBeLessThanOrEqual(WORKSHOP_CACHE.maxEntries);
    }
    expect(300 * JSON.stringify(largeList(0)).length).toBeGreaterThan(WORKSHOP_CACHE.maxBytes);
    // The bytes cap held the cache (the two small pinned workshops aside).
    expect(largest).toBeLessThanOrEqual(WORKSHOP_CACHE.maxBytes + 2 * 20_000);
    expect(workshops.cached.entries).toBeLessThan(300);
    expect(workshops.peek(running.id)?.title).toBe('Running');
    expect(workshops.peek(watched.id)?.title).toBe('Watched');
    // The running room still works, and an evicted workshop is read again from the store.
    setPick(ana.doc, LIST.strategies[0].activities[0].id, ana.actor, Date.now());
    const room = await server.app.ctx.rooms.loaded(`${running.id}/1`);
    await eventually(() => expect(Object.keys(toSnapshot(room!.doc).picks)).toHaveLength(1));
    stopWatching();
    ana.destroy();
    const first = await workshops.get(watched.id);
    expect(first?.title).toBe('Watched');
  }, 60_000);
});
