/**
 * `npm run bench [-- --quick] [-- --pairs 100,500,1000] [-- --targets pairplan,y-websocket,hocuspocus] [-- --instances 2]`
 *
 * With `--instances 2`, pairplan runs as two processes sharing a fresh
 * PostgreSQL database and Redis, the two partners of every pair on
 * different instances (CPU and RSS are the two processes' sums).
 * Drives real clients from child processes against each server in its own
 * process: W workshops × P pairs, two partners per pair ticking about once
 * a second with presence twice a second, plus (pairplan) one dashboard per
 * workshop. Prints tick→partner and tick→dashboard latency, server CPU,
 * peak RSS, event-loop delay, connect time and (pairplan) the time for all
 * clients to resync after a restart, and ratios against the reference servers.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import type { ClientSpec, WorkerConfig } from './clientWorker.js';
import { createTestDatabase, REDIS_URL } from '../tests/utils/services.js';
import { TARGETS, cpuSeconds, loopDelay, peakRssMb, rssMb, startServer, stopServer, type RunningServer, type Target } from './servers.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const pairSizes = (flag('pairs') ?? (quick ? '50' : '100,500,1000')).split(',').map(Number);
const targets = (flag('targets') ?? TARGETS.join(',')).split(',') as Target[];
const durationMs = Number(flag('seconds') ?? (quick ? 6 : 20)) * 1000;
const WORKERS = 2;
/** `--instances 2`: pairplan as two processes sharing PostgreSQL and Redis, partners of each pair on different instances. */
const instances = Number(flag('instances') ?? 1);
const PAIRS_PER_WORKSHOP = 500;
const activityIds = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const percentile = (values: number[], p: number): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function postJson(url: string, body: unknown): Promise<{ body: any; cookie: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return { body: await res.json(), cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] };
}

interface Plan {
  specs: ClientSpec[];
  workshops: { id: string; key: string }[];
}

/** Creates the workshops and sessions (pairplan) or room names (references). */
async function planClients(target: Target, base: string, pairs: number): Promise<Plan> {
  const specs: ClientSpec[] = [];
  const workshops: { id: string; key: string }[] = [];
  for (let offset = 0; offset < pairs; offset += PAIRS_PER_WORKSHOP) {
    const count = Math.min(PAIRS_PER_WORKSHOP, pairs - offset);
    if (target !== 'pairplan') {
      for (let n = 1; n <= count; n++) {
        for (const who of ['a', 'b']) specs.push({ room: `bench-${offset}-${n}`, actor: { id: `${who}${offset + n}`, name: who } });
      }
      continue;
    }
    const created = await postJson(`${base}/api/workshops`, { title: 'Bench', pairs: count });
    workshops.push({ id: created.body.id, key: created.body.facilitatorKey });
    for (let n = 1; n <= count; n++) {
      for (const name of ['Ana', 'Ben']) {
        const joined = await postJson(`${base}/api/join`, { code: created.body.joinCode, name, pair: n });
        specs.push({ room: `${created.body.id}/${n}`, cookie: joined.cookie, actor: { id: joined.body.participantId, name } });
      }
    }
  }
  return { specs, workshops };
}

/** A dashboard per workshop: records tick → dashboard latency from the picks' timestamps. */
function openDashboards(base: string, workshops: { id: string; key: string }[], latencies: number[], active: { on: boolean }): WebSocket[] {
  return workshops.map(({ id, key }) => {
    const seen = new Set<string>();
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/dashboard/${id}`);
    ws.on('open', () => ws.send(JSON.stringify({ t: 'auth', key })));
    ws.on('message', (data) => {
      const t = performance.timeOrigin + performance.now();
      const msg = JSON.parse(data.toString()) as { t: string; summaries?: { n: number; plan: { picks: Record<string, { at: number }> } }[] };
      if (msg.t !== 'pairs' || !active.on) return;
      for (const s of msg.summaries ?? []) {
        for (const [activity, pick] of Object.entries(s.plan.picks)) {
          const k = `${s.n}:${activity}:${pick.at}`;
          if (seen.has(k)) continue;
          seen.add(k);
          latencies.push(t - pick.at);
        }
      }
    });
    ws.on('error', () => undefined);
    return ws;
  });
}

function onceMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const handler = (m: { t: string }): void => {
      if (m.t !== type) return;
      child.off('message', handler);
      resolve(m as T);
    };
    child.on('message', handler);
  });
}

interface Row {
  target: Target;
  pairs: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  dash50: number;
  dash95: number;
  cpu: number;
  rss: number;
  idleRss: number;
  rssPerRoomKb: number;
  loopP99: number;
  connectMs: number;
  resyncMs: number;
  ticks: number;
}

/** Two pairplan processes on one fresh PostgreSQL database and the local Redis. */
async function startCluster(): Promise<{ servers: RunningServer[]; urls: string[]; stop: () => Promise<void> }> {
  const database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL };
  const ports = [await freePort(), await freePort()];
  const servers: RunningServer[] = [];
  for (const p of ports) servers.push(await startServer('pairplan', p, undefined, env));
  return {
    servers,
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    async stop() {
      for (const s of servers) await stopServer(s);
      await database.drop();
    },
  };
}

async function runOne(target: Target, pairs: number): Promise<Row> {
  const port = await freePort();
  const cluster = target === 'pairplan' && instances === 2 ? await startCluster() : null;
  let server = cluster ? cluster.servers[0] : await startServer(target, port);
  const base = cluster ? cluster.urls[0] : `http://127.0.0.1:${port}`;
  // What the process holds before any workshop or client: per-room memory is measured above it.
  const servers = cluster ? cluster.servers : [server];
  const idleRss = servers.reduce((sum, s) => sum + rssMb(s.child.pid!), 0);
  const plan = await planClients(target, base, pairs);
  // Two instances: the second partner of every pair connects to the other instance.
  if (cluster) plan.specs = plan.specs.map((spec, i) => (i % 2 === 1 ? { ...spec, baseUrl: cluster.urls[1] } : spec));
  const cpuBefore = servers.reduce((sum, s) => sum + cpuSeconds(s.child.pid!), 0);
  const connectStarted = Date.now();
  const perWorker = Math.ceil(plan.specs.length / 2 / WORKERS) * 2;
  const workers = Array.from({ length: WORKERS }, (_, i) => {
    const config: WorkerConfig = {
      target,
      baseUrl: base,
      clients: plan.specs.slice(i * perWorker, (i + 1) * perWorker),
      activityIds,
      tickEveryMs: 1000,
      presenceEveryMs: 500,
    };
    // The config (every client's cookie) is too big for argv at 1,000 pairs: hand over a file.
    const configFile = join(mkdtempSync(join(tmpdir(), 'pairplan-bench-')), 'worker.json');
    writeFileSync(configFile, JSON.stringify(config));
    return fork(new URL('./clientWorker.ts', import.meta.url).pathname, [configFile], { execArgv: ['--import', 'tsx'] });
  });
  await Promise.all(workers.map((w) => onceMessage(w, 'connected')));
  const connectMs = Date.now() - connectStarted;
  const dashLatencies: number[] = [];
  const active = { on: false };
  const dashboards = target === 'pairplan' ? openDashboards(base, plan.workshops, dashLatencies, active) : [];
  await new Promise((r) => setTimeout(r, 500));
  for (const s of servers) s.child.kill('SIGUSR2');
  active.on = true;
  for (const w of workers) w.send({ t: 'start' });
  await new Promise((r) => setTimeout(r, durationMs));
  active.on = false;
  const results = await Promise.all(
    workers.map((w) => {
      const result = onceMessage<{ latencies: number[]; ticks: number }>(w, 'result');
      w.send({ t: 'stop' });
      return result;
    }),
  );
  await new Promise((r) => setTimeout(r, 1100));
  const loops = servers.map((s) => loopDelay(s));
  const loop = loops.every((l) => l) ? { p99: Math.max(...loops.map((l) => l!.p99)) } : null;
  const cpu = servers.reduce((sum, s) => sum + cpuSeconds(s.child.pid!), 0) - cpuBefore;
  const rss = servers.reduce((sum, s) => sum + peakRssMb(s.child.pid!), 0);
  for (const d of dashboards) d.close();

  let resyncMs = NaN;
  if (target === 'pairplan' && !quick && !cluster) {
    await stopServer(server, 'SIGTERM');
    server = await startServer(target, port, server.dataDir);
    const resynced = await Promise.all(
      workers.map((w) => {
        const done = onceMessage<{ ms: number }>(w, 'resynced');
        w.send({ t: 'await-resync' });
        return done;
      }),
    );
    resyncMs = Math.max(...resynced.map((r) => r.ms));
  }
  for (const w of workers) w.send({ t: 'exit' });
  if (cluster) await cluster.stop();
  else await stopServer(server);
  const latencies = results.flatMap((r) => r.latencies);
  return {
    target: cluster ? ('pairplan ×2 (Redis + PostgreSQL)' as Target) : target,
    pairs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    dash50: percentile(dashLatencies, 50),
    dash95: percentile(dashLatencies, 95),
    cpu,
    rss,
    idleRss,
    rssPerRoomKb: ((rss - idleRss) * 1024) / pairs,
    loopP99: loop?.p99 ?? NaN,
    connectMs,
    resyncMs,
    ticks: results.reduce((n, r) => n + r.ticks, 0),
  };
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const rows: Row[] = [];
for (const pairs of pairSizes) {
  for (const target of targets) {
    process.stderr.write(`bench: ${target}, ${pairs} pairs (${pairs * 2} clients), ${durationMs / 1000} s …\n`);
    const row = await runOne(target, pairs);
    rows.push(row);
    process.stderr.write(`  p50 ${fmt(row.p50, 2)} p99 ${fmt(row.p99, 2)} ms · dashboard p95 ${fmt(row.dash95)} ms · CPU ${fmt(row.cpu)} s · RSS ${fmt(row.rss, 0)} MB · loop p99 ${fmt(row.loopP99)} ms\n`);
  }
}

console.log('\n| server | pairs | tick→partner p50 / p95 / p99 / max (ms) | tick→dashboard p50 / p95 (ms) | CPU s | peak RSS MB (idle) | RSS/room KB above idle | loop p99 ms | connect all ms | resync after restart ms | ticks |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.target} | ${r.pairs} | ${fmt(r.p50, 2)} / ${fmt(r.p95, 2)} / ${fmt(r.p99, 2)} / ${fmt(r.max)} | ${fmt(r.dash50)} / ${fmt(r.dash95)} | ${fmt(r.cpu)} | ${fmt(r.rss, 0)} (${fmt(r.idleRss, 0)}) | ${fmt(r.rssPerRoomKb, 0)} | ${fmt(r.loopP99)} | ${r.connectMs} | ${fmt(r.resyncMs, 0)} | ${r.ticks} |`,
  );
}
console.log('\nRatios pairplan / reference (CPU, p99):');
for (const pairs of pairSizes) {
  const ours = rows.find((r) => r.target === 'pairplan' && r.pairs === pairs);
  for (const ref of rows.filter((r) => r.target !== 'pairplan' && r.pairs === pairs)) {
    if (ours) console.log(`  ${pairs} pairs vs ${ref.target}: CPU ×${fmt(ours.cpu / ref.cpu, 2)}, p99 ×${fmt(ours.p99 / ref.p99, 2)}`);
  }
}
process.exit(0);
