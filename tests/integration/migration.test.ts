/**
 * Rooms stored by version 1 of the document (typed text as plain strings,
 * tests/fixtures/v1, made by a real server at commit 16ed422 — see
 * generate.ts there) open with today's code, on SQLite and on PostgreSQL:
 * migrated once on load, every word where it was, the agreements still
 * holding; and the workshop.json files that version exported still import.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MIGRATION_CLIENT_ID, migrationUpdate } from '../../shared/doc/migrate.js';
import { toSnapshot } from '../../shared/doc/planDoc.js';
import { DOC_VERSION } from '../../shared/doc/schema.js';
import { fieldText } from '../../shared/doc/sharedText.js';
import { request } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { eventually } from '../utils/eventually.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { createTestDatabase } from '../utils/services.js';

const fixtures = new URL('../fixtures/v1/', import.meta.url).pathname;
type Room = { workshopId: string; pair: number; snapshot: unknown };
type Expected = { workshops: Record<'essential' | 'inventory', { id: string; joinCode: string; facilitatorKey: string }>; expected: Record<'essential' | 'cy' | 'inventory', Room> };
const read = (file: string): Expected => JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Expected;

/** JSON with sorted keys: map iteration order is not part of a plan. */
const canonical = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, canonical(x)])) : v;

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** Opens every fixture room as a newly joined partner and as the leader's plan.json; checks both show what version 1 showed. */
async function expectRoomsAsBefore(server: TestServer, fixture: Expected): Promise<void> {
  for (const [name, room] of Object.entries(fixture.expected)) {
    const workshop = room.workshopId === fixture.workshops.essential.id ? fixture.workshops.essential : fixture.workshops.inventory;
    const plan = await request(`${server.url}/api/workshops/${room.workshopId}/pairs/${room.pair}/plan.json`, { headers: bearer(workshop.facilitatorKey) });
    expect(plan.status, name).toBe(200);
    const partner: Partner = await connectPartner(server.url, workshop.joinCode, `Late ${name}`, room.pair);
    cleanups.push(() => partner.destroy());
    await synced(partner);
    await eventually(() => expect(canonical(toSnapshot(partner.doc)), name).toEqual(room.snapshot));
    expect(partner.doc.getMap('meta').get('version'), name).toBe(DOC_VERSION);
    // The typed text now lives in the shared texts, not in the old map values.
    expect([...partner.doc.getMap('details').keys()].filter((k) => /\|(note|timeline|responsible|resources)$/.test(k)), name).toEqual([]);
  }
}

async function storedUpdates(server: TestServer, key: string): Promise<Uint8Array[]> {
  return (await server.app.ctx.store.loadUpdates(key)).map((u) => u.data);
}

describe('version-1 rooms', () => {
  it('open migrated from SQLite, once, with every word and both agreements', async () => {
    const fixture = read('sqlite.expected.json');
    const dataDir = mkdtempSync(join(tmpdir(), 'pairplan-migrate-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    copyFileSync(join(fixtures, 'pairplan.sqlite'), join(dataDir, 'pairplan.sqlite'));
    const server = await createTestServer({ DATA_DIR: dataDir });
    cleanups.push(() => server.close());
    const key = `${fixture.expected.essential.workshopId}/1`;
    const migrated = async (): Promise<number> => Y.decodeStateVector(Y.encodeStateVectorFromUpdate(Y.mergeUpdates(await storedUpdates(server, key)))).get(MIGRATION_CLIENT_ID) ?? 0;
    expect(await migrated()).toBe(0);
    await expectRoomsAsBefore(server, fixture);
    const snapshot = fixture.expected.essential.snapshot as { details: Record<string, { note?: string }> };
    expect(snapshot.details['create-awareness-1'].note).toBe('Ask the principals first, then the PTA');
    // Stored once: loading the migrated room again writes nothing more as the migration.
    const once = await migrated();
    expect(once).toBeGreaterThan(0);
    await server.restart();
    await expectRoomsAsBefore(server, fixture);
    expect(await migrated()).toBe(once);
  });

  it('open migrated from PostgreSQL (a pg_dump of version 1)', async () => {
    const fixture = read('postgres.expected.json');
    const db = await createTestDatabase();
    cleanups.push(() => db.drop());
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // pg_dump's own psql meta-commands (`\restrict …`) are for psql, not for the server.
    const dump = readFileSync(join(fixtures, 'postgres.sql'), 'utf8').split('\n').filter((line) => !line.startsWith('\\')).join('\n');
    await client.query(dump);
    await client.end();
    const server = await createTestServer({ DATABASE_URL: db.url });
    cleanups.push(() => server.close());
    await expectRoomsAsBefore(server, fixture);
  });

  it('migrate the same way on two instances at once: the text is there once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pairplan-migrate-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    copyFileSync(join(fixtures, 'pairplan.sqlite'), join(dataDir, 'pairplan.sqlite'));
    const fixture = read('sqlite.expected.json');
    const server = await createTestServer({ DATA_DIR: dataDir });
    cleanups.push(() => server.close());
    const state = Y.mergeUpdates(await storedUpdates(server, `${fixture.expected.essential.workshopId}/1`));
    const first = migrationUpdate(state);
    const second = migrationUpdate(state);
    expect(first).not.toBeNull();
    expect(second).toEqual(first);
    const doc = new Y.Doc();
    for (const u of [state, first!, second!]) Y.applyUpdate(doc, u);
    expect(fieldText(doc, 'create-awareness-1', 'note')).toBe('Ask the principals first, then the PTA');
    expect(migrationUpdate(Y.encodeStateAsUpdate(doc))).toBeNull();
  });
});

describe('version-1 workshop.json files', () => {
  it.each(['sqlite.essential.workshop.json', 'sqlite.inventory.workshop.json', 'postgres.essential.workshop.json'])('still import: %s', async (file) => {
    const server = await createTestServer();
    cleanups.push(() => server.close());
    const original = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { pairs: { n: number; plan: { help?: unknown } }[] };
    const res = await request(`${server.url}/api/workshops/import`, { body: original });
    expect(res.status).toBe(201);
    for (const pair of original.pairs) {
      const plan = await request(`${server.url}/api/workshops/${res.body.id}/pairs/${pair.n}/plan.json`, { headers: bearer(res.body.facilitatorKey) });
      const { help: _help, ...expected } = pair.plan;
      const { help: _shown, ...shown } = (plan.body as { plan: Record<string, unknown> }).plan ?? plan.body;
      expect(canonical(shown), `pair ${pair.n}`).toEqual(canonical(expected));
    }
  });
});
