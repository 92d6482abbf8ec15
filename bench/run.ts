/**
 * `npm run bench [-- --quick] [-- --pairs 100,500,1000] [-- --targets pairplan,y-websocket,…]
 *   [-- --mixed] [-- --typing 0.2] [-- --instances 2] [-- --repeat 3] [-- --seconds 20] [-- --warmup 8] [-- --workers 1]`
 *
 * Starts each server in its own process pinned to one core (`taskset`,
 * BENCH_SERVER_CORE, default 0) and drives it from load generators pinned
 * to the other (BENCH_LOAD_CORE, default 1; this process too): simulated
 * partners that write Yjs updates directly (bench/clientWorker.ts), the
 * same for every server. W workshops × P pairs, two partners per pair
 * ticking about once a second with presence twice a second, a share of the
 * pairs (`--typing`, default 0.2) also typing a note, four keystrokes a
 * second each; plus viewers per workshop: pairplan's dashboards, and for
 * the reference servers (with `--mixed`) observers that sync every room of
 * a workshop. `--mixed`: 40 workshops × 25 pairs (`--pairs` chooses how
 * many of them), each with a dashboard and a projector open. After a
 * warm-up, it measures tick→partner, keystroke→partner and tick→dashboard
 * latency, server CPU, peak RSS, event-loop delay and connect time, and
 * the load generators' own CPU and loop delay: a run whose generators were
 * saturated is marked and left out of the medians. Then it checks that
 * every tick reached the partner and (pairplan) restarts the server, times
 * the resync of every client and checks that partners and server agree.
 * With `--instances 2`, pairplan runs as two processes sharing a fresh
 * PostgreSQL database and Redis, the partners of every pair on different
 * instances. `--repeat N` runs each row N times and prints medians.
 * `--targets pairplan,baseline` with BENCH_BASELINE_DIR=<checkout> (a git
 * worktree of an older commit, its node_modules linked) compares this
 * checkout with that one, in turns: a before/after. `--out <file>` also
 * writes the rows as JSON.
 */
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import type { WorkerConfig, WorkerResult } from './clientWorker.js';
import type { LoopLateness } from './loopLateness.cjs';
import { createTestDatabase, REDIS_URL } from '../tests/utils/services.js';
import { LOAD_CORE, TARGETS, dialectOf, isPairplan, cpuSeconds, loopDelay, nodeVersionOf, peakRssMb, rssMb, startServer, stopServer, type RunningServer, type Target } from './servers.js';
import { formatProgress, formatReport, medianRow, percentile, saturation, type Row } from './report.js';
import { percentileBetween, scrape } from './serverMetrics.js';
import { MIXED, UNIFORM, planClients, warmupSeconds, type Plan, type Workload } from './workload.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const mixed = args.includes('--mixed');
const pairSizes = (flag('pairs') ?? (quick ? '50' : mixed ? '1000' : '100,500,1000')).split(',').map(Number);
const targets = (flag('targets') ?? TARGETS.join(',')).split(',') as Target[];
const durationMs = Number(flag('seconds') ?? (quick ? 6 : 20)) * 1000;
/**
 * Load before measuring (JIT warm-up, every client's first tick and
 * presence): `--warmup` seconds, or by default `warmupSeconds(pairs)`, with
 * `--quick` too.
 */
const warmupFlag = flag('warmup');
const warmupMsFor = (pairs: number): number => (warmupFlag === undefined ? warmupSeconds(pairs) : Number(warmupFlag)) * 1000;
const repeat = Number(flag('repeat') ?? 1);
/**
 * The load generators' Node flags (BENCH_WORKER_FLAGS adds more): a 64 MB
 * young generation. Every scavenge of a generator walks what its 2,000
 * sockets' old objects point to, whatever it allocated: at the default 16 MB,
 * 53 scavenges took 570 ms of a 25 s run at 1,000 pairs, up to 32 ms each;
 * at 64 MB, 31 took 199 ms, and the generators' loop p99 went from 19.6 to
 * 12.0 ms (y-websocket, 2026-12-02).
 */
const WORKER_FLAGS = ['--max-semi-space-size=64', ...(process.env.BENCH_WORKER_FLAGS ?? '').split(' ').filter(Boolean)];
/** Load-generating processes; they share the load generators' core. */
const WORKERS = Number(flag('workers') ?? 1);
/** `--instances 2`: pairplan as two processes sharing PostgreSQL and Redis, partners of each pair on different instances. */
const instances = Number(flag('instances') ?? 1);
const workload: Workload = { ...(mixed ? MIXED : UNIFORM), typingShare: Number(flag('typing') ?? 0.2) };
const activityIds = ESSENTIAL_LIST_2020_21.strategies.flatMap((s) => s.activities.map((a) => a.id));

// This process (its dashboards) and the load generators it forks run on the load generators' core, every thread of it.
const pinned = spawnSync('taskset', ['-a', '-p', '-c', LOAD_CORE, String(process.pid)], { encoding: 'utf8' });
if (pinned.status !== 0) throw new Error(`taskset failed: ${pinned.stderr}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Dashboards (`viewers` per workshop): record tick → dashboard latency from the picks' timestamps. */
function openDashboards(base: string, workshops: { id: string; key: string }[], latencies: number[], window: { from: number; on: boolean }): WebSocket[] {
  return workshops.flatMap(({ id, key }) =>
    Array.from({ length: workload.viewers }, (_, viewer) => {
      const seen = new Set<string>();
      const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws/dashboard/${id}`);
      ws.on('open', () => ws.send(JSON.stringify({ t: 'auth', key })));
      ws.on('message', (data) => {
        const t = performance.timeOrigin + performance.now();
        const msg = JSON.parse(data.toString()) as { t: string; summaries?: { n: number; plan: { picks: Record<string, { at: number }> } }[] };
        if (msg.t !== 'pairs' || !window.on) return;
        for (const s of msg.summaries ?? []) {
          for (const [activity, pick] of Object.entries(s.plan.picks)) {
            // Each tick once per viewer, and only ticks made in the measured window.
            const k = `${viewer}:${s.n}:${activity}:${pick.at}`;
            if (pick.at < window.from || seen.has(k)) continue;
            seen.add(k);
            latencies.push(t - pick.at);
          }
        }
      });
      ws.on('error', () => undefined);
      return ws;
    }),
  );
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

/** Forks the load generators, each with its share of the clients (partners stay together) and of the observers. */
function forkWorkers(target: Target, base: string, plan: Plan, configDirs: string[]): ChildProcess[] {
  const perWorker = Math.ceil(plan.specs.length / 2 / WORKERS) * 2;
  return Array.from({ length: WORKERS }, (_, i) => {
    const config: WorkerConfig = {
      dialect: dialectOf(target),
      socketPath: isPairplan(target) ? '/ws/pair' : '',
      baseUrl: base,
      clients: plan.specs.slice(i * perWorker, (i + 1) * perWorker),
      observers: plan.observers.filter((_, k) => k % WORKERS === i),
      activityIds,
      tickEveryMs: 1000,
      presenceEveryMs: 500,
      keyEveryMs: 250,
      workerIndex: i,
    };
    // The config (every client's cookie) is too big for argv at 1,000 pairs: hand over a file.
    const configDir = mkdtempSync(join(tmpdir(), 'pairplan-bench-'));
    configDirs.push(configDir);
    const configFile = join(configDir, 'worker.json');
    writeFileSync(configFile, JSON.stringify(config));
    // BENCH_CLIENT_PROF=<dir> writes CPU profiles of the load generators.
    const profile = process.env.BENCH_CLIENT_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CLIENT_PROF}`] : [];
    return fork(new URL('./clientWorker.ts', import.meta.url).pathname, [configFile], { execArgv: [...profile, ...WORKER_FLAGS, '--import', 'tsx'] });
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

interface WorkerCounts {
  sent: number;
  received: number;
  keysSent: number;
  keysReceived: number;
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
  const plan = await planClients(target, base, pairs, workload);
  // Two instances: the second partner of every pair connects to the other instance.
  if (cluster) plan.specs = plan.specs.map((spec, i) => (i % 2 === 1 ? { ...spec, baseUrl: cluster.urls[1] } : spec));
  const cpuBefore = serverCpu();
  const connectStarted = Date.now();
  const configDirs: string[] = [];
  const workers = forkWorkers(target, base, plan, configDirs);
  const clientCpu = (): number => sum(workers.map((w) => cpuSeconds(w.pid!))) + cpuSeconds(process.pid);
  await Promise.all(workers.map((w) => onceMessage(w, 'connected')));
  const connectMs = Date.now() - connectStarted;
  const dashLatencies: number[] = [];
  const window = { from: Infinity, on: false };
  const dashboards = isPairplan(target) ? openDashboards(base, plan.workshops, dashLatencies, window) : [];
  await sleep(500);

  for (const w of workers) w.send({ t: 'start' });
  await sleep(warmupMsFor(pairs));
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
  const between = (of: 'ticks' | 'stored', p: number): number => (metricsBefore && metricsAfter ? percentileBetween(metricsBefore[of], metricsAfter[of], p) : NaN);
  const results = await askAll<WorkerResult>(workers, 'stop', 'result');
  await sleep(1100);
  const loops = servers.map((s) => loopDelay(s));
  const cpu = serverCpu() - cpuBefore;
  const rss = sum(servers.map((s) => peakRssMb(s.child.pid!)));
  for (const d of dashboards) d.close();
  const counts = await askAll<WorkerCounts>(workers, 'counts', 'counts');
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
  const keyLatencies = results.flatMap((r) => r.keyLatencies);
  const viewerLatencies = isPairplan(target) ? dashLatencies : results.flatMap((r) => r.observerLatencies);
  const ticks = sum(results.map((r) => r.ticks));
  const keys = sum(results.map((r) => r.keys));
  const worstLoop = (pick: (l: LoopLateness) => number, of: (LoopLateness | null)[]): number => (of.every((l) => l) ? Math.max(...of.map((l) => pick(l!))) : NaN);
  const clientLoops = results.map((r) => r.loop);
  const saturated = saturation({
    clientCpu: loadCpu,
    clientLoopByTime: worstLoop((l) => l.p99ByTime, clientLoops),
    serverLoopByTime: worstLoop((l) => l.p99ByTime, loops),
    windowSeconds: durationMs / 1000,
    cores: 1,
  });
  return {
    target: cluster ? `${target} ×2 (Redis + PostgreSQL)` : target,
    node: nodeVersionOf(target),
    workload: mixed ? `mixed ${workload.pairsPerWorkshop}/workshop` : 'uniform',
    pairs,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    key99: percentile(keyLatencies, 99),
    server50: between('ticks', 50),
    server99: between('ticks', 99),
    stored99: between('stored', 99),
    dash50: percentile(viewerLatencies, 50),
    dash95: percentile(viewerLatencies, 95),
    cpu,
    steadyCpu,
    clientCpu: loadCpu,
    rss,
    heapUsedMb: metricsAfter?.heapUsedMb ?? NaN,
    idleRss,
    rssPerRoomKb: ((rss - idleRss) * 1024) / pairs,
    loopP99: worstLoop((l) => l.p99, loops),
    loopP99ByTime: worstLoop((l) => l.p99ByTime, loops),
    clientLoopP99: worstLoop((l) => l.p99, clientLoops),
    clientLoopP99ByTime: worstLoop((l) => l.p99ByTime, clientLoops),
    connectMs,
    resyncMs,
    ticks,
    keys,
    lostTicks: sum(counts.map((c) => c.sent - c.received)),
    lostKeys: sum(counts.map((c) => c.keysSent - c.keysReceived)),
    divergedPairs,
    saturated,
    runsCounted: saturated === null ? 1 : 0,
  };
}

const rows: Row[] = [];
for (const pairs of pairSizes) {
  // The servers take turns within each repeat, so a slow spell of the machine falls on all of them alike.
  const runs = new Map<Target, Row[]>(targets.map((t) => [t, []]));
  for (let run = 1; run <= repeat; run++) {
    for (const target of targets) {
      process.stderr.write(`bench: ${target} (Node ${nodeVersionOf(target)}), ${pairs} pairs (${pairs * 2} clients), ${durationMs / 1000} s after ${warmupMsFor(pairs) / 1000} s warm-up${repeat > 1 ? `, run ${run} of ${repeat}` : ''} …\n`);
      const row = await runOne(target, pairs);
      runs.get(target)!.push(row);
      process.stderr.write(`${formatProgress(row)}\n`);
    }
  }
  for (const target of targets) rows.push(medianRow(runs.get(target)!));
}
if (targets.includes('baseline')) console.log(`\nbaseline: ${process.env.BENCH_BASELINE_DIR}`);
const out = flag('out');
if (out) writeFileSync(out, JSON.stringify(rows, null, 2));
console.log(`\n${formatReport(rows, repeat)}`);
process.exit(0);
