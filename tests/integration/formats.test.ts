/**
 * The registry of plan formats (`shared/export/formats.ts`, issue 13) over
 * HTTP: every entry is served at its route with its content type, its
 * attachment name and its access rule, bundle.zip holds exactly the entries
 * marked `inBundle`, and names outside the registry (prototype keys among
 * them) are not files. A real server on port 0.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileNameFor } from '../../shared/export/fileNameFor.js';
import { PLAN_FORMATS, WORKSHOP_FORMATS, formatEntries, type PlanFormat, type PlanFormatId, type WorkshopFormat, type WorkshopFormatId } from '../../shared/export/formats.js';
import { createWorkshop, joinPair, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';

const TITLE = 'Formats workshop';
let server: TestServer;
let w: CreatedWorkshop;
let pairOne: Record<string, string>;
let pairTwo: Record<string, string>;
let leader: Record<string, string>;

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition') ?? '', bytes: new Uint8Array(await res.arrayBuffer()) };
}

beforeAll(async () => {
  server = await createTestServer();
  w = await createWorkshop(server.url, { title: TITLE, pairs: 2 });
  pairOne = { cookie: (await joinPair(server.url, w.joinCode, 'Ana', 1)).cookie };
  pairTwo = { cookie: (await joinPair(server.url, w.joinCode, 'Cy', 2)).cookie };
  leader = { authorization: `Bearer ${w.facilitatorKey}` };
});
afterAll(() => server.close());

describe('PLAN_FORMATS', () => {
  for (const [id, format] of formatEntries<Readonly<Record<PlanFormatId, PlanFormat>>>(PLAN_FORMATS)) {
    it(`serves ${id} as ${format.contentType} to the leader${format.access === 'pair' ? ' and that pair' : ' only'}`, async () => {
      const path = `/api/workshops/${w.id}/pairs/1/${id}`;
      for (const headers of format.access === 'pair' ? [leader, pairOne] : [leader]) {
        const res = await get(path, headers);
        expect(res.status, id).toBe(200);
        expect(res.type).toBe(format.contentType);
        expect(res.disposition).toBe(`attachment; filename=${fileNameFor(TITLE, 1, id)}`);
        expect(res.bytes.length).toBeGreaterThan(0);
      }
      expect((await get(path)).status).toBe(401);
      expect((await get(path, pairTwo)).status).toBe(403);
      if (format.access === 'leader') expect((await get(path, pairOne)).status).toBe(401);
    });
  }
});

describe('WORKSHOP_FORMATS', () => {
  for (const [id, format] of formatEntries<Readonly<Record<WorkshopFormatId, WorkshopFormat>>>(WORKSHOP_FORMATS)) {
    it(`serves ${id} as ${format.contentType} to the leader only`, async () => {
      const path = `/api/workshops/${w.id}/export/${id}`;
      const res = await get(path, leader);
      expect(res.status, id).toBe(200);
      expect(res.type).toBe(format.contentType);
      expect(res.disposition).toBe(`attachment; filename=${format.downloadName ?? fileNameFor(TITLE, undefined, id)}`);
      expect((await get(path)).status).toBe(401);
      expect((await get(path, pairOne)).status).toBe(401);
      expect((await get(path, { authorization: 'Bearer not-the-key-0123456789' })).status).toBe(403);
    });
  }
});

describe('bundle.zip', () => {
  it('holds every pair’s inBundle plan formats and the inBundle workshop formats, and nothing else', async () => {
    const res = await get(`/api/workshops/${w.id}/export/bundle.zip`, leader);
    const planFiles = formatEntries(PLAN_FORMATS).filter(([, f]) => f.inBundle);
    const workshopFiles = formatEntries(WORKSHOP_FORMATS).filter(([, f]) => f.inBundle);
    expect(planFiles.length).toBeGreaterThan(0);
    expect(workshopFiles.length).toBeGreaterThan(0);
    expect(Object.keys(unzipSync(res.bytes)).sort()).toEqual(
      [...[1, 2].flatMap((n) => planFiles.map(([id]) => fileNameFor(TITLE, n, id))), ...workshopFiles.map(([id]) => fileNameFor(TITLE, undefined, id))].sort(),
    );
  });
});

describe('names outside the registry', () => {
  it('are no file, prototype keys and other formats’ names included', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'plan.exe', 'tally.csv']) {
      expect((await get(`/api/workshops/${w.id}/pairs/1/${name}`, leader)).status, name).toBe(404);
    }
    for (const name of ['constructor', '__proto__', 'valueOf', 'plan.md', 'bundle.tar']) {
      expect((await get(`/api/workshops/${w.id}/export/${name}`, leader)).status, name).toBe(404);
    }
  });
});
