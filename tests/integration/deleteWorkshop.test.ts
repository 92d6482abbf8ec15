/**
 * Deleting a workshop (issue 14 "My workshops"): `DELETE /api/workshops/:id`
 * behind the facilitator key removes every stored byte of it — its row and
 * every update of its pair rooms — from SQLite and from PostgreSQL, closes
 * its sockets (partners, the dashboard, a watching leader) with NOT_FOUND,
 * and leaves every other workshop as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { PairRoomConnection } from '../../client/sync/PairRoomConnection.js';
import { setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { sharedText } from '../../shared/doc/sharedText.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';

const [first, second] = ESSENTIAL_LIST_2020_21.strategies[0].activities.map((a) => a.id);

/** Every row of every table of a store, as text: what "nothing of it is left" is checked against. */
type DumpStore = () => Promise<string[]>;

/** A row as text, its binary cells (Yjs updates) as Latin-1 so the typed words in them can be searched. */
const rowText = (row: unknown): string =>
  JSON.stringify(row, (_k, v: unknown) => (typeof v === 'object' && v !== null && (v as { type?: string }).type === 'Buffer' ? Buffer.from((v as { data: number[] }).data).toString('latin1') : v));

function sqliteDump(server: TestServer): DumpStore {
  return async () => {
    const db = new Database(join(server.config.dataDir, 'pairplan.sqlite'), { readonly: true });
    try {
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      return tables.flatMap(({ name }) => db.prepare(`SELECT * FROM "${name}"`).all().map(rowText));
    } finally {
      db.close();
    }
  };
}

function pgDump(url: string): DumpStore {
  return async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: tables } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      const out: string[] = [];
      for (const { tablename } of tables) {
        const { rows } = await client.query(`SELECT * FROM "${tablename}"`);
        out.push(...rows.map(rowText));
      }
      return out;
    } finally {
      await client.end();
    }
  };
}

const stores: Record<string, () => Promise<{ server: TestServer; dump: DumpStore; cleanup: () => Promise<void> }>> = {
  sqlite: async () => {
    const server = await createTestServer();
    return { server, dump: sqliteDump(server), cleanup: () => server.close() };
  },
  postgres: async () => {
    const db = await createTestDatabase();
    const server = await createTestServer({ DATABASE_URL: db.url });
    return {
      server,
      dump: pgDump(db.url),
      cleanup: async () => {
        await server.close();
        await db.drop();
      },
    };
  },
};

describe.each(Object.keys(stores))('deleting a workshop (%s)', (kind) => {
  let server: TestServer;
  let dump: DumpStore;
  let cleanup: () => Promise<void>;
  const partners: Partner[] = [];
  beforeAll(async () => {
    ({ server, dump, cleanup } = await stores[kind]());
  });
  afterAll(async () => {
    for (const p of partners) p.destroy();
    await cleanup();
  });

  async function busyWorkshop(title: string, words: string): Promise<{ w: CreatedWorkshop; partner: Partner }> {
    const w = await createWorkshop(server.url, { title, pairs: 2 });
    const partner = await connectPartner(server.url, w.joinCode, `Partner of ${title}`, 1);
    partners.push(partner);
    await synced(partner);
    setPick(partner.doc, first, partner.actor, Date.now());
    sharedText(partner.doc, first, 'note').insert(0, words);
    return { w, partner };
  }

  it('needs the key: 401 without it, 403 with another workshop’s', async () => {
    const a = await createWorkshop(server.url, { title: 'Keyed', pairs: 1 });
    const b = await createWorkshop(server.url, { title: 'Other', pairs: 1 });
    expect((await request(`${server.url}/api/workshops/${a.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await request(`${server.url}/api/workshops/${a.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${b.facilitatorKey}` } })).status).toBe(403);
    expect((await request(`${server.url}/api/workshops/${a.id}`, { headers: { authorization: `Bearer ${a.facilitatorKey}` } })).status).toBe(200);
  });

  it('removes every stored byte of it, closes its sockets, and leaves the other workshop intact', async () => {
    const doomed = await busyWorkshop('Doomed workshop', 'secret words of the doomed pair');
    const kept = await busyWorkshop('Kept workshop', 'words of the kept pair');
    await eventually(async () => {
      const rows = await dump();
      expect(rows.some((r) => r.includes('secret words of the doomed pair'))).toBe(true);
      expect(rows.some((r) => r.includes('words of the kept pair'))).toBe(true);
    });
    const dashboard = openDashboard(server.url, doomed.w.id, doomed.w.facilitatorKey);
    const watcher = new PairRoomConnection({ workshopId: doomed.w.id, pair: 1, actor: { id: 'leader', name: 'Leader' }, serverUrl: server.url, WebSocketPolyfill: WebSocket as never, watchKey: doomed.w.facilitatorKey });
    try {
      await eventually(() => expect(watcher.getStatus().synced).toBe(true));
      await eventually(() => expect(dashboard.messages.some((m) => m.t === 'init')).toBe(true));

      const res = await request(`${server.url}/api/workshops/${doomed.w.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${doomed.w.facilitatorKey}` } });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ ok: true, deleted: doomed.w.id });

      expect((await dashboard.closed).code).toBe(CLOSE_CODES.NOT_FOUND);
      await eventually(() => expect(doomed.partner.closes[0]?.code).toBe(CLOSE_CODES.NOT_FOUND));
      await eventually(() => expect(watcher.getStatus().close?.code).toBe(CLOSE_CODES.NOT_FOUND));
      expect((await request(`${server.url}/api/workshops/${doomed.w.id}`, { headers: { authorization: `Bearer ${doomed.w.facilitatorKey}` } })).status).toBe(404);
      expect((await request(`${server.url}/api/join/${doomed.w.joinCode}`)).status).toBe(404);

      // A partner still typing (their provider reconnects) writes nothing more.
      setPick(doomed.partner.doc, second, doomed.partner.actor, Date.now());
      // Restarting drains and compacts every room still loaded: a forgotten room would write itself back here.
      await server.restart();
      const rows = await dump();
      for (const trace of [doomed.w.id, doomed.w.joinCode, 'Doomed workshop', 'secret words of the doomed pair']) {
        expect(rows.filter((r) => r.includes(trace)), trace).toEqual([]);
      }
      if (kind === 'sqlite') {
        // Not even in the file's free pages or its write-ahead log: the deleted bytes were overwritten.
        for (const file of ['pairplan.sqlite', 'pairplan.sqlite-wal']) {
          const path = join(server.config.dataDir, file);
          const bytes = existsSync(path) ? readFileSync(path).toString('latin1') : '';
          expect(bytes.includes('secret words of the doomed pair'), file).toBe(false);
          expect(bytes.includes(doomed.w.joinCode), file).toBe(false);
        }
      }
      expect(rows.some((r) => r.includes(kept.w.id) && r.includes('Kept workshop'))).toBe(true);
      expect(rows.some((r) => r.includes('words of the kept pair'))).toBe(true);

      // The other workshop's pair reconnects to the restarted server with its plan whole.
      const again = await connectPartner(server.url, kept.w.joinCode, 'Late partner', 1);
      partners.push(again);
      await synced(again);
      expect(Object.keys(toSnapshot(again.doc).picks)).toEqual([first]);
      expect((await request(`${server.url}/api/workshops/${kept.w.id}`, { headers: { authorization: `Bearer ${kept.w.facilitatorKey}` } })).status).toBe(200);
    } finally {
      watcher.destroy();
      dashboard.ws.close();
    }
  });
});

describe('deleting a workshop on one of two instances (Redis and PostgreSQL)', () => {
  it('closes its rooms and dashboards on the other instance too, which forgets it and writes nothing of it back', async () => {
    const db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, REDIS_URL };
    const one = await createTestServer(env);
    const two = await createTestServer(env);
    const partner = { current: null as Partner | null };
    try {
      const w = await createWorkshop(one.url, { title: 'Two instances', pairs: 1 });
      const bearer = { authorization: `Bearer ${w.facilitatorKey}` };
      // The other instance has the workshop cached and its room loaded.
      partner.current = await connectPartner(two.url, w.joinCode, 'Ana', 1);
      await synced(partner.current);
      setPick(partner.current.doc, first, partner.current.actor, Date.now());
      const dashboard = openDashboard(two.url, w.id, w.facilitatorKey);
      await eventually(() => expect(dashboard.latest.get(1)?.chosenCount).toBe(1));
      expect((await request(`${two.url}/api/workshops/${w.id}`, { headers: bearer })).status).toBe(200);

      expect((await request(`${one.url}/api/workshops/${w.id}`, { method: 'DELETE', headers: bearer })).status).toBe(200);
      expect((await dashboard.closed).code).toBe(CLOSE_CODES.NOT_FOUND);
      await eventually(() => expect(partner.current!.closes[0]?.code).toBe(CLOSE_CODES.NOT_FOUND));
      expect((await request(`${two.url}/api/workshops/${w.id}`, { headers: bearer })).status).toBe(404);
      await two.restart();
      const rows = await pgDump(db.url)();
      expect(rows.filter((r) => r.includes(w.id))).toEqual([]);
    } finally {
      partner.current?.destroy();
      await one.close();
      await two.close();
      await db.drop();
    }
  });
});
