/**
 * `npm run bench [-- --quick] [-- --pairs 100,500,1000] [-- --targets pairplan,y-websocket,hocuspocus]
 *   [-- --instances 2] [-- --repeat 3] [-- --seconds 20] [-- --warmup 3] [-- --workers 2]`
 *
 * Starts each server in its own process and drives real clients from child
 * processes: W workshops × P pairs, two partners per pair ticking about once
 * a second with presence twice a second, plus (pairplan) one dashboard per
 * workshop. The load generators run at a lower priority (nice 10), so the
 * server under test gets the CPU first, as it would with its clients on
 * other machines; their own timer lateness is reported beside the latency.
 * After a warm-up, it measures tick→partner and tick→dashboard latency,
 * server CPU, peak RSS, event-loop delay and connect time; then (pairplan)
 * checks that every tick reached the partner, restarts the server, times
 * the resync of every client and checks that partners and server agree.
 * With `--instances 2`, pairplan runs as two processes sharing a fresh
 * PostgreSQL database and Redis, the partners of every pair on different
 * instances. `--repeat N` runs each row N times and prints medians.
 * `--targets pairplan,baseline` with BENCH_BASELINE_DIR=<checkout> (a git
 * worktree of an older commit, its node_modules linked) compares this
 * checkout with that one, in turns: a before/after.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import type { ClientSpec, WorkerConfig } from './clientWorker.js';
import { createTestDatabase, REDIS_URL } from '../tests/utils/services.js';
import { TARGETS, isPairplan, cpuSeconds, loopDelay, peakRssMb, rssMb, startServer, stopServer, type RunningServer, type Target } from './servers.js';
import { formatProgress, formatReport, medianRow, percentile, type Row } from './report.js';
import { percentileBetween, scrape } from './serverMetrics.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const pairSizes = (flag('pairs') ?? (quick ? '50' : '100,500,1000')).split(',').map(Number);
const targets = (flag('targets') ?? TARGETS.join(',')).split(',') as Target[];
const durationMs = Number(flag('seconds') ?? (quick ? 6 : 20)) * 1000;
/** Load before measuring: JIT warm-up and every client's first tick and presence. */
const warmupMs = Number(flag('warmup') ?? (quick ? 1 : 3)) * 1000;
const repeat = Number(flag('repeat') ?? 1);
const WORKERS = Number(flag('workers') ?? 2);
/** Priority of the load generators: below the server's. */
const LOAD_GENERATOR_NICE = 10;
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
    if (!isPairplan(target)) {
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
function openDashboards(base: string, workshops: { id: string; key: string }[], latencies: number[], window: { from: number; on: boolean }): WebSocket[] {
  return workshops.map(({ id, key }) => {
    const seen = new Set<string>();
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/dashboard/${id}`);
    ws.on('open', () => ws.send(JSON.stringify({ t: 'auth', key })));
    ws.on('message', (data) => {
      const t = performance.timeOrigin + performance.now();
      const msg = JSON.parse(data.toString()) as { t: string; summaries?: { n: number; plan: { picks: Record<string, { at: number }> } }[] };
      if (msg.t !== 'pairs' || !window.on) return;
      for (const s of msg.summaries ?? []) {
        for (const [activity, pick] of Object.entries(s.plan.picks)) {
          // Each tick once, and only ticks made in the measured window.
          const k = `${s.n}:${activity}:${pick.at}`;
          if (pick.at < window.from || seen.has(k)) continue;
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

/** Two pairplan processes on one fresh PostgreSQL database and the local Redis. */
async function startCluster(target: Target): Promise<{ servers: RunningServer[]; urls: string[]; stop: () => Promise<void> }> {
  const database = await createTestDatabase();
  const env = { DATABASE_URL: database.url, REDIS_URL };
  const ports = [await freePort(), await freePort()];
  const servers: RunningServer[] = [];
  for (const p of ports) servers.push(await startServer(target, p, undefined, env));
  return {
    servers,
    urls: ports.map((p) => `http://127.0.0.1:${p}`),
    async stop() {
      for (const s of servers) await stopServer(s);
      await database.drop();
    },
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

/** Forks the load generators, each with its share of the clients (partners stay together), below the server's priority. */
function forkWorkers(target: Target, base: string, specs: ClientSpec[], configDirs: string[]): ChildProcess[] {
  const perWorker = Math.ceil(specs.length / 2 / WORKERS) * 2;
  return Array.from({ length: WORKERS }, (_, i) => {
    const config: WorkerConfig = {
      target,
      baseUrl: base,
      clients: specs.slice(i * perWorker, (i + 1) * perWorker),
      activityIds,
      tickEveryMs: 1000,
      presenceEveryMs: 500,
    };
    // The config (every client's cookie) is too big for argv at 1,000 pairs: hand over a file.
    const configDir = mkdtempSync(join(tmpdir(), 'pairplan-bench-'));
    configDirs.push(configDir);
    const configFile = join(configDir, 'worker.json');
    writeFileSync(configFile, JSON.stringify(config));
    // BENCH_CLIENT_PROF=<dir> writes CPU profiles of the load generators.
    const profile = process.env.BENCH_CLIENT_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CLIENT_PROF}`] : [];
    const child = fork(new URL('./clientWorker.ts', import.meta.url).pathname, [configFile], { execArgv: [...profile, '--import', 'tsx'] });
    setPriority(child.pid!, LOAD_GENERATOR_NICE);
    return child;
  });
}

/** Asks every worker the same question and gathers the answers. */
function askAll<T>(workers: ChildProcess[], ask: string, answer: string): Promise<T[]> {
  return Promise.all(
    workers.map((w) => {
      const reply = onceMessage<T>(w, answer);
      w.send({ t: ask });
      return reply;
    }),
  );
}

/**
 * Pairs whose two partners hold different picks, or (with `server`) whose
 * picks differ from what the server has for them.
 */
async function countDiverged(workers: ChildProcess[], server?: { base: string; workshops: { id: string; key: string }[] }): Promise<number> {
  const snapshots = (await askAll<{ picks: { room: string; picks: string[] }[] }>(workers, 'snapshot', 'snapshot')).flatMap((s) => s.picks);
  const byRoom = new Map<string, Set<string>>();
  for (const { room, picks } of snapshots) (byRoom.get(room) ?? byRoom.set(room, new Set()).get(room)!).add(picks.join(','));
  const diverged = new Set([...byRoom].filter(([, variants]) => variants.size > 1).map(([room]) => room));
  for (const { id, key } of server?.workshops ?? []) {
    const res = await fetch(`${server!.base}/api/workshops/${id}`, { headers: { authorization: `Bearer ${key}` } });
    const body = (await res.json()) as { summaries: { n: number; plan: { picks: Record<string, unknown> } }[] };
    for (const s of body.summaries) {
      const clients = byRoom.get(`${id}/${s.n}`);
      if (clients && !clients.has(Object.keys(s.plan.picks).sort().join(','))) diverged.add(`${id}/${s.n}`);
    }
  }
  return diverged.size;
}

async function runOne(target: Target, pairs: number): Promise<Row> {
  const port = await freePort();
  const cluster = isPairplan(target) && instances === 2 ? await startCluster(target) : null;
  let server = cluster ? cluster.servers[0] : await startServer(target, port);
  const base = cluster ? cluster.urls[0] : `http://127.0.0.1:${port}`;
  // What the process holds before any workshop or client: per-room memory is measured above it.
  const servers = cluster ? cluster.servers : [server];
  const serverCpu = (): number => sum(servers.map((s) => cpuSeconds(s.child.pid!)));
  const idleRss = sum(servers.map((s) => rssMb(s.child.pid!)));
  const plan = await planClients(target, base, pairs);
  // Two instances: the second partner of every pair connects to the other instance.
  if (cluster) plan.specs = plan.specs.map((spec, i) => (i % 2 === 1 ? { ...spec, baseUrl: cluster.urls[1] } : spec));
  const cpuBefore = serverCpu();
  const connectStarted = Date.now();
  const configDirs: string[] = [];
  const workers = forkWorkers(target, base, plan.specs, configDirs);
  const clientCpu = (): number => sum(workers.map((w) => cpuSeconds(w.pid!)));
  await Promise.all(workers.map((w) => onceMessage(w, 'connected')));
  const connectMs = Date.now() - connectStarted;
  const dashLatencies: number[] = [];
  const window = { from: Infinity, on: false };
  const dashboards = isPairplan(target) ? openDashboards(base, plan.workshops, dashLatencies, window) : [];
  await sleep(500);

  for (const w of workers) w.send({ t: 'start' });
  await sleep(warmupMs);
  for (const s of servers) s.child.kill('SIGUSR2');
  const serverUrls = cluster ? cluster.urls : [base];
  const metricsBefore = isPairplan(target) ? await scrape(serverUrls) : null;
  const [steadyBefore, clientBefore] = [serverCpu(), clientCpu()];
  Object.assign(window, { from: performance.timeOrigin + performance.now(), on: true });
  for (const w of workers) w.send({ t: 'measure' });
  await sleep(durationMs);
  window.on = false;
  const [steadyCpu, loadCpu] = [serverCpu() - steadyBefore, clientCpu() - clientBefore];
  const metricsAfter = metricsBefore ? await scrape(serverUrls) : null;
  const serverTick = (p: number): number => (metricsBefore && metricsAfter ? percentileBetween(metricsBefore.ticks, metricsAfter.ticks, p) : NaN);
  const results = await askAll<{ latencies: number[]; ticks: number; loopP99: number }>(workers, 'stop', 'result');
  await sleep(1100);
  const loops = servers.map((s) => loopDelay(s));
  const cpu = serverCpu() - cpuBefore;
  const rss = sum(servers.map((s) => peakRssMb(s.child.pid!)));
  for (const d of dashboards) d.close();
  const counts = await askAll<{ sent: number; received: number }>(workers, 'counts', 'counts');
  let divergedPairs = await countDiverged(workers);

  let resyncMs = NaN;
  if (isPairplan(target) && !quick && !cluster) {
    await stopServer(server, 'SIGTERM');
    server = await startServer(target, port, server.dataDir);
    resyncMs = Math.max(...(await askAll<{ ms: number }>(workers, 'await-resync', 'resynced')).map((r) => r.ms));
    divergedPairs = await countDiverged(workers, { base, workshops: plan.workshops });
  }
  for (const w of workers) w.send({ t: 'exit' });
  if (cluster) await cluster.stop();
  else await stopServer(server);
  for (const s of cluster ? cluster.servers : [server]) rmSync(s.dataDir, { recursive: true, force: true });
  for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
  const latencies = results.flatMap((r) => r.latencies);
  return {
    target: cluster ? `${target} ×2 (Redis + PostgreSQL)` : target,
    pairs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    server50: serverTick(50),
    server99: serverTick(99),
    dash50: percentile(dashLatencies, 50),
    dash95: percentile(dashLatencies, 95),
    cpu,
    steadyCpu,
    clientCpu: loadCpu,
    rss,
    heapUsedMb: metricsAfter?.heapUsedMb ?? NaN,
    idleRss,
    rssPerRoomKb: ((rss - idleRss) * 1024) / pairs,
    loopP99: loops.every((l) => l) ? Math.max(...loops.map((l) => l!.p99)) : NaN,
    clientLoopP99: Math.max(...results.map((r) => r.loopP99)),
    connectMs,
    resyncMs,
    ticks: sum(results.map((r) => r.ticks)),
    // pairplan only: the y-websocket server also echoes each update to its sender, Hocuspocus's provider is not counted.
    lostTicks: isPairplan(target) ? sum(counts.map((c) => c.sent)) - sum(counts.map((c) => c.received)) : NaN,
    divergedPairs,
  };
}

const rows: Row[] = [];
for (const pairs of pairSizes) {
  // The servers take turns within each repeat, so a slow spell of the machine falls on all of them alike.
  const runs = new Map<Target, Row[]>(targets.map((t) => [t, []]));
  for (let run = 1; run <= repeat; run++) {
    for (const target of targets) {
      process.stderr.write(`bench: ${target}, ${pairs} pairs (${pairs * 2} clients), ${durationMs / 1000} s after ${warmupMs / 1000} s warm-up${repeat > 1 ? `, run ${run} of ${repeat}` : ''} …\n`);
      const row = await runOne(target, pairs);
      runs.get(target)!.push(row);
      process.stderr.write(`${formatProgress(row)}\n`);
    }
  }
  for (const target of targets) rows.push(medianRow(runs.get(target)!));
}
if (targets.includes('baseline')) console.log(`\nbaseline: ${process.env.BENCH_BASELINE_DIR}`);
console.log(`\n${formatReport(rows, repeat)}`);
process.exit(0);
