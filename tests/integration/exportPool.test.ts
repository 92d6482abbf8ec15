/**
 * Large exports run in the export worker pool: the event loop (and so every
 * pair room) keeps turning while bundle.zip files are made, at most
 * `HEAVY_JOBS.exportWorkers` run at once with `HEAVY_JOBS.exportQueue`
 * waiting, and the request beyond gets 503 with Retry-After and words.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_JOBS } from '../../server/jobs/HeavyJobs.js';
import { POOL_MIN_PAIRS } from '../../server/http/exportRoutes.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request } from '../utils/api.js';
import * as Y from 'yjs';
import { initPlanDoc, setDetail, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../shared/lists/essentialList2020.js';
import { WORKSHOP_LIMITS } from '../../shared/protocol/limits.js';
import { worstLoopGap } from '../utils/worstLoopGap.js';

const MAX_PAIRS = WORKSHOP_LIMITS.pairs;

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});


describe('GET /api/workshops/:id/export/bundle.zip', () => {
  it('makes bundles off the event loop and refuses the one beyond the pool with 503 and Retry-After', async () => {
    const w = await createWorkshop(server.url, { title: 'Big', pairs: 40 });
    const auth = { authorization: `Bearer ${w.facilitatorKey}` };
    const concurrent = HEAVY_JOBS.exportWorkers + HEAVY_JOBS.exportQueue + 1;
    const { result, gapMs } = await worstLoopGap(() =>
      Promise.all(
        Array.from({ length: concurrent }, async () => {
          const res = await fetch(`${server.url}/api/workshops/${w.id}/export/bundle.zip`, { headers: auth });
          return { status: res.status, retryAfter: res.headers.get('retry-after'), bytes: new Uint8Array(await res.arrayBuffer()) };
        }),
      ),
    );
    const ok = result.filter((r) => r.status === 200);
    const refused = result.filter((r) => r.status === 503);
    expect(ok).toHaveLength(HEAVY_JOBS.exportWorkers + HEAVY_JOBS.exportQueue);
    expect(refused).toHaveLength(1);
    expect(refused[0].retryAfter).toBe(String(HEAVY_JOBS.exportRetryAfterSeconds));
    expect(JSON.parse(new TextDecoder().decode(refused[0].bytes)).error).toMatch(/busy.*try again/);
    const pdfs = Object.keys(unzipSync(ok[0].bytes)).filter((name) => name.endsWith('.pdf'));
    expect(pdfs.filter((name) => name.endsWith('-plan.pdf'))).toHaveLength(40);
    expect(pdfs).toContain('big-report.pdf');
    // In process, 40 pairs' PDFs held the loop ~80 ms each turn and 5 bundles interleaved for seconds.
    expect(gapMs).toBeLessThan(200);
    expect(server.app.ctx.jobs.exportLoad).toEqual({ running: 0, waiting: 0 });
  }, 60_000);

  it('makes report.pdf (a page per plan) off the event loop', async () => {
    const w = await createWorkshop(server.url, { title: 'Big report', pairs: 40 });
    const { result, gapMs } = await worstLoopGap(() => fetch(`${server.url}/api/workshops/${w.id}/export/report.pdf`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } }));
    expect(result.status).toBe(200);
    expect(new TextDecoder().decode((await result.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
    expect(gapMs).toBeLessThan(200);
  }, 60_000);

  it(`makes plans.csv and tally.csv of ${POOL_MIN_PAIRS} pairs or more in the pool, as in process`, async () => {
    const w = await createWorkshop(server.url, { title: 'Many', pairs: POOL_MIN_PAIRS });
    const auth = { authorization: `Bearer ${w.facilitatorKey}` };
    for (const file of ['plans.csv', 'tally.csv']) {
      const res = await fetch(`${server.url}/api/workshops/${w.id}/export/${file}`, { headers: auth });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text.split('\n').length, file).toBeGreaterThan(file === 'plans.csv' ? POOL_MIN_PAIRS : 10);
    }
  });
});

describe('POST /api/workshops/import', () => {
  it(`restores a ${MAX_PAIRS}-pair workshop.json without holding the event loop`, async () => {
    const ids = LIST.strategies.flatMap((st) => st.activities.map((a) => a.id));
    const created = await createWorkshop(server.url, { title: 'Many plans', pairs: MAX_PAIRS });
    const file = await request(`${server.url}/api/workshops/${created.id}/export/workshop.json`, { headers: { authorization: `Bearer ${created.facilitatorKey}` } });
    const pairs = (file.body.pairs as { n: number }[]).map((p) => {
      const doc = initPlanDoc(new Y.Doc());
      for (let i = 0; i < 12; i++) {
        const id = ids[(p.n * 7 + i * 3) % ids.length];
        setPick(doc, id, { id: 'p1', name: 'Ana' }, 1);
        setDetail(doc, id, 'note', `Pair ${p.n}: ask the principals about ${id} before September.`);
      }
      return { ...p, plan: toSnapshot(doc) };
    });
    const body = JSON.stringify({ ...file.body, pairs });
    const { result, gapMs } = await worstLoopGap(() => request(`${server.url}/api/workshops/import`, { body }));
    expect(result.status).toBe(201);
    // In process, parsing and restoring 500 plans held the loop ~350 ms in one turn.
    expect(gapMs).toBeLessThan(200);
    const again = await request(`${server.url}/api/workshops/${result.body.id}/export/workshop.json`, { headers: { authorization: `Bearer ${result.body.facilitatorKey}` } });
    expect(again.body.pairs[MAX_PAIRS - 1].plan).toEqual(pairs[MAX_PAIRS - 1].plan);
  }, 60_000);
});
