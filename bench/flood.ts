/**
 * `node --import tsx bench/flood.ts [--baseline <checkout>] [--updates 520] [--per-update 400] [--pairs 500] [--bundles 3]`
 *
 * The floods of issue "Airtight" (findings 2 and 5), against the real
 * server as a process on a fresh SQLite data directory:
 *  (a) one participant's socket sends, as fast as the server accepts
 *      (under its frame rate), valid updates of ~200 KB that each overwrite
 *      one note `--per-update` times, `--updates` of them or until the
 *      server closes the socket (its close code and reason are reported);
 *  (b) `--bundles` bundle.zip of a `--pairs`-pair workshop (imported, every
 *      pair with a plan) requested at once.
 * Meanwhile it measures /healthz latency, an honest pair's tick→partner
 * latency in another workshop, the flooded room's stored bytes (from the
 * SQLite file) after the flood and after its compaction, and the server's
 * peak RSS, and prints one table. `--baseline <checkout>` runs the server of
 * another checkout (a `git archive` of an older commit with node_modules
 * linked), for a before/after.
 */
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { initPlanDoc, setDetail, setPick, toSnapshot } from '../shared/doc/planDoc.js';
import type { Actor, PlanSnapshot } from '../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import { createWorkshop, request } from '../tests/utils/api.js';
import { connectPartner, synced, type Partner } from '../tests/utils/partner.js';
import { percentile } from './report.js';
import { peakRssMb, startServer, stopServer, type RunningServer } from './servers.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const baseline = args.includes('--baseline') ? flag('baseline', '') : null;
const UPDATES = Number(flag('updates', '520'));
const PER_UPDATE = Number(flag('per-update', '400'));
const PAIRS = Number(flag('pairs', '500'));
const BUNDLES = Number(flag('bundles', '3'));
const ids = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Latencies sampled while a phase runs: /healthz, and the honest pair's tick→partner. */
class Probes {
  healthz: number[] = [];
  ticks: number[] = [];
  private stopped = false;
  private readonly sent = new Map<string, number>();

  constructor(private readonly url: string, private readonly ticker: Partner, private readonly partner: Partner) {
    partner.doc.on('update', () => {
      const note = toSnapshot(partner.doc).details[ids[0]]?.note;
      const at = note ? this.sent.get(note) : undefined;
      if (at === undefined) return;
      this.sent.delete(note!);
      this.ticks.push(performance.now() - at);
    });
    void this.pollHealthz();
    void this.tick();
  }

  /** Starts a new window. */
  reset(): void {
    this.healthz = [];
    this.ticks = [];
  }

  private async pollHealthz(): Promise<void> {
    while (!this.stopped) {
      const started = performance.now();
      try {
        await fetch(`${this.url}/healthz`);
        this.healthz.push(performance.now() - started);
      } catch {
        this.healthz.push(Infinity);
      }
      await sleep(20);
    }
  }

  private async tick(): Promise<void> {
    for (let n = 0; !this.stopped; n++) {
      const note = `tick ${n}`;
      this.sent.set(note, performance.now());
      setDetail(this.ticker.doc, ids[0], 'note', note);
      await sleep(100);
    }
  }

  stop(): void {
    this.stopped = true;
  }
}

interface FloodResult {
  sent: number;
  bytes: number;
  seconds: number;
  closed: string;
}

/**
 * (a), in a child process (bench/floodSender.ts): generating 104 MB of
 * overwrites held this process's event loop (and its GC) for seconds, which
 * the probes then counted against the server.
 */
async function flood(url: string, workshop: { id: string; joinCode: string }): Promise<FloodResult> {
  const child = fork(new URL('./floodSender.ts', import.meta.url).pathname, [url, workshop.id, workshop.joinCode, String(UPDATES), String(PER_UPDATE)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as FloodResult));
    child.once('exit', (code) => reject(new Error(`flood sender exited (${code})`)));
  });
}

/** A plan of a dozen picks with notes, for every pair of the imported workshop. */
function samplePlan(n: number, actor: Actor): PlanSnapshot {
  const doc = initPlanDoc(new Y.Doc());
  for (let i = 0; i < 12; i++) {
    const id = ids[(n * 7 + i * 3) % ids.length];
    setPick(doc, id, actor, Date.now());
    setDetail(doc, id, 'note', `Pair ${n}: ask the principals about ${id} before September, then again in spring.`);
  }
  const plan = toSnapshot(doc);
  doc.destroy();
  return plan;
}

/** A `pairs`-pair workshop, every pair with a plan, through the import. */
async function importBig(url: string): Promise<{ id: string; key: string; importMs: number }> {
  const created = await createWorkshop(url, { title: 'Flood bundle', pairs: PAIRS });
  const file = await request(`${url}/api/workshops/${created.id}/export/workshop.json`, { headers: { authorization: `Bearer ${created.facilitatorKey}` } });
  const actor = { id: 'p-import', name: 'Importer' };
  const body = { ...file.body, pairs: (file.body.pairs as { n: number }[]).map((p) => ({ ...p, plan: samplePlan(p.n, actor) })) };
  const started = performance.now();
  const imported = await request(`${url}/api/workshops/import`, { body });
  if (imported.status !== 201) throw new Error(`import failed: ${imported.status} ${JSON.stringify(imported.body)}`);
  return { id: imported.body.id, key: imported.body.facilitatorKey, importMs: performance.now() - started };
}

/** (b): `BUNDLES` bundle.zip at once; each one's status and time. */
async function bundles(url: string, big: { id: string; key: string }): Promise<string[]> {
  const one = async (): Promise<string> => {
    const started = performance.now();
    const res = await fetch(`${url}/api/workshops/${big.id}/export/bundle.zip`, { headers: { authorization: `Bearer ${big.key}` } });
    const size = (await res.arrayBuffer()).byteLength;
    const retry = res.headers.get('retry-after');
    return `${res.status}${retry ? ` (Retry-After ${retry})` : ''} ${((performance.now() - started) / 1000).toFixed(1)} s ${(size / 1e6).toFixed(1)} MB`;
  };
  return Promise.all(Array.from({ length: BUNDLES }, one));
}

/** Stored bytes of a room, read from the SQLite file as the server wrote it. */
function storedBytes(server: RunningServer, room: string): number {
  const db = new Database(join(server.dataDir, 'pairplan.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT SUM(LENGTH(data)) AS n FROM updates WHERE room = ?').get(room) as { n: number | null }).n ?? 0;
  } finally {
    db.close();
  }
}

/** Waits until the stored bytes stop changing (the room unloaded and compacted), up to `ms`. */
async function settledBytes(server: RunningServer, room: string, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  let last = storedBytes(server, room);
  let steady = 0;
  while (Date.now() < deadline && steady < 4) {
    await sleep(1000);
    const now = storedBytes(server, room);
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
  return last;
}

const mb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
const ms = (values: number[], p: number | 'max'): string => {
  if (values.length === 0) return '–';
  const v = p === 'max' ? Math.max(...values) : percentile(values, p);
  return Number.isFinite(v) ? `${Math.round(v)} ms` : 'failed';
};

async function main(): Promise<void> {
  if (baseline) process.env.BENCH_BASELINE_DIR = baseline;
  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = await startServer(baseline ? 'baseline' : 'pairplan', port);
  const url = `http://127.0.0.1:${port}`;
  const rows: [string, string][] = [];
  try {
    const target = await createWorkshop(url, { title: 'Flooded', pairs: 2 });
    const honest = await createWorkshop(url, { title: 'Honest', pairs: 2 });
    const ana = await connectPartner(url, honest.joinCode, 'Ana', 1);
    const ben = await connectPartner(url, honest.joinCode, 'Ben', 1);
    await Promise.all([synced(ana), synced(ben)]);
    setPick(ana.doc, ids[0], ana.actor, Date.now());
    await sleep(500);
    const probes = new Probes(url, ana, ben);
    await sleep(2000);
    rows.push(['idle: /healthz max / p99', `${ms(probes.healthz, 'max')} / ${ms(probes.healthz, 99)}`]);
    rows.push(['idle: honest tick→partner p50 / p99', `${ms(probes.ticks, 50)} / ${ms(probes.ticks, 99)}`]);

    probes.reset();
    const room = `${target.id}/1`;
    const result = await flood(url, target);
    rows.push(['(a) flood: updates sent, bytes, seconds', `${result.sent} of ${UPDATES}, ${mb(result.bytes)}, ${result.seconds.toFixed(1)} s`]);
    rows.push(['(a) flood: socket', result.closed]);
    rows.push(['(a) stored bytes after the flood', mb(storedBytes(server, room))]);
    rows.push(['(a) stored bytes after compaction (unload)', mb(await settledBytes(server, room, 60_000))]);
    rows.push(['(a) /healthz max / p99', `${ms(probes.healthz, 'max')} / ${ms(probes.healthz, 99)}`]);
    rows.push(['(a) honest tick→partner p50 / p99', `${ms(probes.ticks, 50)} / ${ms(probes.ticks, 99)}`]);

    const big = await importBig(url);
    rows.push([`(b) import of ${PAIRS} pairs`, `${(big.importMs / 1000).toFixed(1)} s`]);
    probes.reset();
    const statuses = await bundles(url, big);
    statuses.forEach((s, i) => rows.push([`(b) bundle.zip ${i + 1}`, s]));
    rows.push(['(b) /healthz max / p99', `${ms(probes.healthz, 'max')} / ${ms(probes.healthz, 99)}`]);
    rows.push(['(b) honest tick→partner p50 / p99', `${ms(probes.ticks, 50)} / ${ms(probes.ticks, 99)}`]);
    probes.stop();
    rows.push(['server peak RSS', `${Math.round(peakRssMb(server.child.pid!))} MB`]);
    ana.destroy();
    ben.destroy();
  } finally {
    await stopServer(server);
    rmSync(server.dataDir, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`\nflood bench — ${baseline ? `baseline ${baseline}` : 'this checkout'}\n`);
  for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
}

await main();
process.exit(0);
