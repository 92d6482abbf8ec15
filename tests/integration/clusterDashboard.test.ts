/**
 * Dashboards across instances, without repeats: a change is announced to
 * the other instances only by the instance it was made on, and a dashboard
 * whose instance has the pair's room loaded summarises a partner's tick on
 * another instance once (from the room relay), not again for the
 * announcement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { setPick } from '../../shared/doc/planDoc.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { openDashboard, type DashboardClient } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let one: TestServer;
let two: TestServer;
let listener: Redis;
const partners: Partner[] = [];
let dashboard: DashboardClient;
/** Every workshop announcement seen on Redis: which instance sent it, when. */
const announcements: { from: string; at: number }[] = [];
let workshop: Awaited<ReturnType<typeof createWorkshop>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, REDIS_URL };
  one = await createTestServer(env);
  two = await createTestServer(env);
  workshop = await createWorkshop(one.url, { title: 'Two instances', pairs: 1 });
  listener = new Redis(REDIS_URL);
  await listener.subscribe(`pp:workshop:${workshop.id}`);
  listener.on('message', (_channel: string, message: string) => {
    announcements.push({ from: (JSON.parse(message) as { from: string }).from, at: Date.now() });
  });
  dashboard = openDashboard(one.url, workshop.id, workshop.facilitatorKey);
  await eventually(() => expect(dashboard.latest.size).toBe(1));
  partners.push(await connectPartner(one.url, workshop.joinCode, 'Ana', 1), await connectPartner(two.url, workshop.joinCode, 'Ben', 1));
  await Promise.all(partners.map(synced));
  await eventually(() => expect(dashboard.latest.get(1)?.present).toHaveLength(2));
  // Let the arrivals' announcements pass.
  await new Promise((r) => setTimeout(r, 300));
});
afterAll(async () => {
  for (const p of partners) p.destroy();
  dashboard.ws.close();
  listener.disconnect();
  await one.close();
  await two.close();
  await db.drop();
});

describe('a pair split over two instances', () => {
  it('is announced by the instance where the tick was made, not by the one it was relayed to', async () => {
    const since = Date.now();
    setPick(partners[0].doc, 'create-awareness-1', partners[0].actor, Date.now());
    await eventually(() => expect(dashboard.latest.get(1)?.chosenCount).toBe(1));
    await new Promise((r) => setTimeout(r, 300));
    const fresh = announcements.filter((a) => a.at >= since);
    expect(fresh.some((a) => a.from === one.app.ctx.relay.instanceId)).toBe(true);
    expect(fresh.filter((a) => a.from === two.app.ctx.relay.instanceId)).toEqual([]);
  });

  it("sends the dashboard one summary of the other instance's tick", async () => {
    const framesBefore = dashboard.messages.length;
    setPick(partners[1].doc, 'share-knowledge-1', partners[1].actor, Date.now());
    await eventually(() => expect(dashboard.latest.get(1)?.chosenCount).toBe(2));
    await new Promise((r) => setTimeout(r, 300));
    const pairFrames = dashboard.messages.slice(framesBefore).filter((m) => m.t === 'pairs' && m.summaries.some((s) => s.n === 1));
    expect(pairFrames).toHaveLength(1);
  });
});
