/**
 * Many instances through Redis and PostgreSQL: partners of one pair on
 * different instances see each other's ticks; a dashboard on one instance
 * shows pairs whose partners are on another; lock and clock reach every
 * room; with three instances and concurrent ticks everywhere, every
 * instance's document and the stored one end up equal. Then two server
 * processes behind a round-robin proxy: one is killed, its clients
 * reconnect to the other, and nothing is lost.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setDetail, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';
import { freePort, startServerProcess, type ServerProcess } from '../utils/serverProcess.js';
import { startRoundRobinProxy } from '../utils/roundRobinProxy.js';

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe('three instances sharing Redis and PostgreSQL', () => {
  it('relay ticks, presence, dashboard, clock and lock, and converge to one document', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const env = { DATABASE_URL: db.url, REDIS_URL };
    const servers: TestServer[] = [];
    for (let i = 0; i < 3; i++) servers.push(await createTestServer(env));
    cleanups.push(async () => {
      for (const s of servers) await s.close();
    });
    const [one, two, three] = servers;
    const w = await createWorkshop(one.url, { title: 'Cluster', pairs: 2 });
    const bearer = { authorization: `Bearer ${w.facilitatorKey}` };

    const dashboard = openDashboard(one.url, w.id, w.facilitatorKey);
    cleanups.push(async () => void dashboard.ws.close());
    await eventually(() => expect(dashboard.latest.size).toBe(2));

    const partners: Partner[] = [];
    for (const [server, name] of [[one, 'Ana'], [two, 'Ben'], [three, 'Cy']] as const) {
      partners.push(await connectPartner(server.url, w.joinCode, name, 1));
    }
    const dee = await connectPartner(two.url, w.joinCode, 'Dee', 2);
    partners.push(dee);
    cleanups.push(async () => partners.forEach((p) => p.destroy()));
    await Promise.all(partners.map(synced));

    // Presence crosses instances.
    await eventually(() => {
      const names = [...partners[0].provider.awareness.getStates().values()].map((s) => (s.user as { name?: string })?.name).sort();
      expect(names).toEqual(['Ana', 'Ben', 'Cy']);
    });

    // Concurrent ticks and notes on every instance.
    const [ana, ben, cy] = partners;
    // Twelve ticks in all: within the maximum, which each instance enforces on what it has seen.
    for (let round = 0; round < 8; round++) {
      if (round < 4) {
        setPick(ana.doc, ids[round], ana.actor, Date.now());
        setPick(ben.doc, ids[4 + round], ben.actor, Date.now());
        setPick(cy.doc, ids[8 + round], cy.actor, Date.now());
      }
      setDetail(ana.doc, ids[0], 'note', `ana ${round}`);
      setDetail(cy.doc, ids[0], 'note', `cy ${round}`);
    }
    setPick(dee.doc, ids[3], dee.actor, Date.now());

    await eventually(() => {
      const a = toSnapshot(ana.doc);
      expect(Object.keys(a.picks)).toHaveLength(12);
      expect(toSnapshot(ben.doc)).toEqual(a);
      expect(toSnapshot(cy.doc)).toEqual(a);
    }, 10_000);

    // Every instance's room and the stored document agree with the partners.
    const expected = toSnapshot(ana.doc);
    for (const server of servers) {
      const room = await server.app.ctx.rooms.loaded(`${w.id}/1`);
      expect(room?.snapshot()).toEqual(expected);
    }
    const storedDoc = initPlanDoc(new Y.Doc());
    for (const u of await one.app.ctx.store.loadUpdates(`${w.id}/1`)) Y.applyUpdate(storedDoc, u.data);
    expect(toSnapshot(storedDoc)).toEqual(expected);

    // The dashboard on instance 1 shows pair 2, whose only partner is on instance 2.
    await eventually(() => {
      expect(dashboard.latest.get(1)?.chosenCount).toBe(12);
      expect(dashboard.latest.get(2)?.chosenCount).toBe(1);
      expect(dashboard.latest.get(2)?.present.map((p) => p.name)).toEqual(['Dee']);
    }, 10_000);

    // A clock started on instance 2 reaches a room on instance 1; a lock on instance 3 refuses writes on instance 1.
    expect((await request(`${two.url}/api/workshops/${w.id}/clock`, { body: { action: 'start' }, headers: bearer })).status).toBe(200);
    await eventually(() => expect(ana.controls.some((m) => m.t === 'workshop' && m.live.clock.status === 'running')).toBe(true));
    expect((await request(`${three.url}/api/workshops/${w.id}/lock`, { body: {}, headers: bearer })).status).toBe(200);
    await eventually(() => expect(ana.controls.some((m) => m.t === 'workshop' && m.live.locked)).toBe(true));
    setDetail(ana.doc, ids[1], 'note', 'too late');
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.LOCKED));
  }, 60_000);
});

describe('two server processes behind a round-robin proxy', () => {
  it('moves the clients of a killed instance to the other, losing nothing', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const ports = [await freePort(), await freePort()];
    const processes: ServerProcess[] = [];
    for (const port of ports) processes.push(await startServerProcess({ PORT: String(port), DATABASE_URL: db.url, REDIS_URL }));
    cleanups.push(async () => processes.forEach((p) => p.child.kill('SIGKILL')));
    const proxy = await startRoundRobinProxy(ports);
    cleanups.push(proxy.close);

    const w = await createWorkshop(proxy.url, { title: 'Failover', pairs: 1 });
    const ana = await connectPartner(proxy.url, w.joinCode, 'Ana', 1);
    const ben = await connectPartner(proxy.url, w.joinCode, 'Ben', 1);
    cleanups.push(async () => [ana, ben].forEach((p) => p.destroy()));
    await Promise.all([synced(ana), synced(ben)]);
    for (let i = 0; i < 10; i++) setPick(i % 2 ? ana.doc : ben.doc, ids[i], i % 2 ? ana.actor : ben.actor, Date.now());
    await eventually(() => expect(Object.keys(toSnapshot(ben.doc).picks)).toHaveLength(10));

    processes[0].child.kill('SIGKILL');
    await processes[0].exited;
    for (let i = 10; i < 14; i++) setPick(i % 2 ? ana.doc : ben.doc, ids[i], i % 2 ? ana.actor : ben.actor, Date.now());
    await eventually(() => {
      expect(Object.keys(toSnapshot(ana.doc).picks)).toHaveLength(14);
      expect(toSnapshot(ben.doc)).toEqual(toSnapshot(ana.doc));
    }, 15_000);
    // The surviving instance has all 14 (the maximum) from the store.
    const carol = await connectPartner(`http://127.0.0.1:${ports[1]}`, w.joinCode, 'Carol', 1);
    cleanups.push(async () => carol.destroy());
    await synced(carol);
    await eventually(() => expect(Object.keys(toSnapshot(carol.doc).picks)).toHaveLength(14));
  }, 90_000);
});
