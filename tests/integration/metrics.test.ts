/**
 * GET /metrics: absent unless METRICS_TOKEN is set; then only for that
 * token; counts accepted and refused updates, the tick latency and the
 * store's part of it, and names no workshop, person or key.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPick } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { SqliteStore } from '../../server/store/SqliteStore.js';
import type { Store } from '../../server/store/Store.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
let plain: TestServer;
let watched: TestServer;

beforeAll(async () => {
  plain = await createTestServer();
  watched = await createTestServer({ METRICS_TOKEN: TOKEN });
});
afterAll(async () => {
  await plain.close();
  await watched.close();
});

const scrape = (server: TestServer, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }): Promise<Response> =>
  fetch(`${server.url}/metrics`, { headers });
const value = (text: string, name: string): number => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);

describe('GET /metrics', () => {
  it('does not exist without METRICS_TOKEN', async () => {
    expect((await scrape(plain)).status).toBe(404);
  });

  it('answers 401 without the token and 403 with another', async () => {
    expect((await scrape(watched, {})).status).toBe(401);
    expect((await scrape(watched, { authorization: 'Bearer another-token-0123456789' })).status).toBe(403);
  });

  it('counts accepted and refused updates and their latency, naming nobody', async () => {
    const w = await createWorkshop(watched.url);
    const ana = await connectPartner(watched.url, w.joinCode, 'Ana', 1);
    const ben = await connectPartner(watched.url, w.joinCode, 'Ben', 1);
    await Promise.all([synced(ana), synced(ben)]);
    const before = await (await scrape(watched)).text();
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    setPick(ana.doc, 'create-awareness-2', ana.actor, Date.now());
    setPick(ben.doc, 'made-up-activity', ben.actor, Date.now());
    await eventually(() => expect(ben.closes.map((c) => c.code)).toContain(CLOSE_CODES.INVALID_UPDATE));
    const res = await scrape(watched);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const after = await res.text();
    expect(value(after, 'pairplan_updates_accepted_total') - value(before, 'pairplan_updates_accepted_total')).toBe(2);
    expect(value(after, 'pairplan_updates_refused_total') - value(before, 'pairplan_updates_refused_total')).toBe(1);
    expect(value(after, 'pairplan_tick_relay_seconds_count')).toBe(value(after, 'pairplan_updates_accepted_total'));
    // Every accepted update was stored, the refused one was not; storing is part of the relay's time.
    expect(value(after, 'pairplan_update_stored_seconds_count')).toBe(value(after, 'pairplan_updates_accepted_total'));
    expect(value(after, 'pairplan_update_stored_seconds_sum')).toBeLessThanOrEqual(value(after, 'pairplan_tick_relay_seconds_sum'));
    expect(value(after, 'pairplan_rooms_loaded')).toBeGreaterThanOrEqual(1);
    for (const secret of [w.id, w.joinCode, w.facilitatorKey, 'Ana', 'Ben', ana.actor.id]) expect(after).not.toContain(secret);
    ana.destroy();
    ben.destroy();
  });
});

describe('the stored latency', () => {
  it("shows a slow store's commits, the part of the tick's latency that is the store's", async () => {
    const DELAY_MS = 120;
    const sqlite = new SqliteStore(mkdtempSync(join(tmpdir(), 'pairplan-metrics-')));
    // A real store whose commits are confirmed 120 ms late, as a busy database's would be.
    const slow = new Proxy(sqlite, {
      get(target, prop, receiver) {
        if (prop === 'appendUpdate') {
          return async (room: string, update: Uint8Array): Promise<void> => {
            await target.appendUpdate(room, update);
            await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? v.bind(target) : v;
      },
    }) as Store;
    const server = await createTestServer({ METRICS_TOKEN: TOKEN }, { store: slow });
    try {
      const w = await createWorkshop(server.url);
      const ana = await connectPartner(server.url, w.joinCode, 'Ana', 1);
      const ben = await connectPartner(server.url, w.joinCode, 'Ben', 1);
      await Promise.all([synced(ana), synced(ben)]);
      const bucket = (text: string, name: string, le: string): number => value(text, `${name}_bucket\\{le="${le}"\\}`);
      const before = await (await scrape(server)).text();
      setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
      await eventually(() => expect(ben.doc.getMap('picks').has('create-awareness-1')).toBe(true));
      const after = await (await scrape(server)).text();
      for (const name of ['pairplan_update_stored_seconds', 'pairplan_tick_relay_seconds']) {
        // One more observation, none of it under 100 ms.
        expect(value(after, `${name}_count`) - value(before, `${name}_count`)).toBe(1);
        expect(bucket(after, name, '0.1') - bucket(before, name, '0.1')).toBe(0);
        // Node's timers count whole milliseconds of the loop's cached clock, so a 120 ms timeout can end
        // up to a millisecond early by the high-resolution clock the histogram reads.
        expect(value(after, `${name}_sum`) - value(before, `${name}_sum`)).toBeGreaterThanOrEqual((DELAY_MS - 2) / 1000);
      }
      ana.destroy();
      ben.destroy();
    } finally {
      await server.close();
    }
  });
});
