/**
 * Instances converge after a crash (issue "Airtight", finding 4): two server
 * processes on PostgreSQL and Redis, the partners of one pair on different
 * instances (each connected straight to its own), and cycle after cycle one
 * instance is killed with SIGKILL in the middle of both partners' bursts
 * and restarted on the same port. After every cycle both partners, a fresh
 * client on each instance and the stored document hold the same plan, no
 * client was refused (4422), and every note anyone wrote is there unless
 * its writer wrote that note again later.
 */
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setDetail, toSnapshot } from '../../shared/doc/planDoc.js';
import type { PlanSnapshot } from '../../shared/doc/schema.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { PgStore } from '../../server/store/PgStore.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { connectPartner, connectWithCookie, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { createTestDatabase, REDIS_URL } from '../utils/services.js';
import { freePort, startServerProcess, type ServerProcess } from '../utils/serverProcess.js';

const CYCLES = 20;
/** Notes each partner writes per cycle, a few at a time (small bursts: the machine is shared). */
const NOTES_PER_CYCLE = 24;

const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
});

/** Ana writes notes on the even activities, Ben on the odd ones: a note is superseded only by its writer. */
function writer(partner: Partner, offset: number, last: Map<string, string>): { write: () => void; count: () => number } {
  let n = 0;
  return {
    count: () => n,
    write: () => {
      const id = ids[(2 * (n % 12) + offset) % ids.length];
      const value = `${partner.actor.name} ${n++}`;
      setDetail(partner.doc, id, 'note', value);
      last.set(id, value);
    },
  };
}

/** Whether `reader` has seen a note `author` wrote as its `from`-th or later. */
function hasSeen(reader: Partner, author: Partner, from: number): boolean {
  return Object.values(notes(toSnapshot(reader.doc))).some((note) => {
    const [name, n] = (note ?? '').split(' ');
    return name === author.actor.name && Number(n) >= from;
  });
}

const notes = (snapshot: PlanSnapshot): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(snapshot.details).map(([id, d]) => [id, d.note]));

describe('two instances, one of them killed again and again mid-burst', () => {
  it(`converge after each of ${CYCLES} kills, refusing nothing and losing nothing`, async () => {
    const started = Date.now();
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const ports = [await freePort(), await freePort()];
    const env = (port: number): Record<string, string> => ({
      PORT: String(port),
      DATABASE_URL: db.url,
      REDIS_URL,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_JOIN: '10000',
    });
    const processes: ServerProcess[] = [];
    for (const port of ports) processes.push(await startServerProcess(env(port)));
    cleanups.push(() => processes.forEach((p) => p.child.kill('SIGKILL')));
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);

    const w = await createWorkshop(urls[0], { title: 'Kill loop', pairs: 1 });
    const ana = await connectPartner(urls[0], w.joinCode, 'Ana', 1);
    const ben = await connectPartner(urls[1], w.joinCode, 'Ben', 1);
    const carol = await joinPair(urls[0], w.joinCode, 'Carol', 1);
    const clients: Partner[] = [ana, ben];
    cleanups.push(() => clients.forEach((c) => c.destroy()));
    await Promise.all([synced(ana), synced(ben)]);
    const store = await PgStore.connect(db.url);
    cleanups.push(() => store.close());

    const lastWritten = new Map<string, string>();
    const writers = [writer(ana, 0, lastWritten), writer(ben, 1, lastWritten)];
    let converged = 0;
    let lost = 0;
    const failures: string[] = [];

    let cycles = 0;
    // Three cycles that fail to converge are enough to know (and keep the file bounded in time).
    for (let cycle = 0; cycle < CYCLES && failures.length < 3; cycle++) {
      cycles++;
      const victim = cycle % 2;
      // The survivor's partner reads what the victim's partner writes, through both instances and Redis.
      const [onVictim, onSurvivor] = victim === 0 ? [ana, ben] : [ben, ana];
      const burstStart = writers[victim].count();
      const writing = (async () => {
        for (let i = 0; i < NOTES_PER_CYCLE / 3; i++) {
          for (let j = 0; j < 3; j++) writers.forEach((x) => x.write());
          await new Promise((r) => setTimeout(r, 4));
        }
      })();
      // Kill mid-burst: once the first of this burst has crossed from the victim to the survivor.
      await eventually(() => hasSeen(onSurvivor, onVictim, burstStart), 5_000, 1);
      processes[victim].child.kill('SIGKILL');
      await processes[victim].exited;
      await writing;
      processes[victim] = await startServerProcess(env(ports[victim]));

      try {
        await eventually(() => expect(ana.provider.synced && ben.provider.synced).toBe(true), 15_000, 20);
        const fresh = urls.map((url) => connectWithCookie(url, w.id, 1, carol.cookie, { id: carol.participantId, name: 'Carol' }));
        clients.push(...fresh);
        await Promise.all(fresh.map(synced));
        await eventually(async () => {
          const stored = initPlanDoc(new Y.Doc());
          for (const u of await store.loadUpdates(`${w.id}/1`)) Y.applyUpdate(stored, u.data);
          const expected = notes(toSnapshot(ana.doc));
          for (const doc of [ben.doc, ...fresh.map((f) => f.doc), stored]) expect(notes(toSnapshot(doc))).toEqual(expected);
          expect(toSnapshot(ben.doc)).toEqual(toSnapshot(ana.doc));
        }, 10_000, 25);
        const final = notes(toSnapshot(ana.doc));
        const missing = [...lastWritten].filter(([id, value]) => final[id] !== value);
        lost += missing.length;
        if (missing.length === 0) converged++;
        else failures.push(`cycle ${cycle}: ${missing.length} notes lost`);
        for (const f of fresh) f.destroy();
      } catch (error) {
        failures.push(`cycle ${cycle}: ${(error as Error).message.slice(0, 300)}`);
      }
    }

    const refused = clients.flatMap((c) => c.closes).filter((c) => c.code === CLOSE_CODES.INVALID_UPDATE).length;
    console.info(
      `kill loop: ${converged}/${cycles} cycles converged, ${refused} refused, ${lost} lost; ${writers[0].count() + writers[1].count()} notes written, the latest of ${lastWritten.size} checked; ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(failures).toEqual([]);
    expect(refused).toBe(0);
    expect(converged).toBe(CYCLES);
  }, 170_000);
});
