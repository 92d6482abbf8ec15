/**
 * The servers the benchmark drives, each as its own process pinned to the
 * server's core (`taskset`, issue 17): pairplan (auth + validation +
 * durable store) on the project's Node and on Node 22, the y-websocket
 * 2.1.0 server (`bin/server.cjs`) and Hocuspocus 3 on the project's Node,
 * and today's anchors — `@y/websocket-server` 0.1.5 and Hocuspocus 4.7 —
 * on Node 22 (Hocuspocus 4 needs it), installed on first use (bench/cache.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoopLateness } from './loopLateness.cjs';
import { BENCH_METRICS_TOKEN } from './serverMetrics.js';
import { CACHE_DIR, cached, nodeVersion } from './cache.js';
import type { Dialect } from './wire/frames.js';

export const TARGETS = ['pairplan', 'y-websocket', 'hocuspocus', 'pairplan@node22', 'y-websocket-server', 'hocuspocus4'] as const;
/** `baseline`: pairplan from another checkout (BENCH_BASELINE_DIR, say a git worktree of an older commit), run in turns with this one. */
export type Target = (typeof TARGETS)[number] | 'baseline';

/** Whether a target is pairplan (this checkout or the baseline): sessions, dashboards, /metrics. */
export const isPairplan = (target: Target): boolean => target === 'pairplan' || target === 'pairplan@node22' || target === 'baseline';

/** The wire dialect a target's clients speak. */
export const dialectOf = (target: Target): Dialect => (target.startsWith('hocuspocus') ? 'hocuspocus' : 'y-websocket');

/** The core the server under test runs on; the load generators (and this process) get the other (`BENCH_SERVER_CORE`, `BENCH_LOAD_CORE`). */
export const SERVER_CORE = process.env.BENCH_SERVER_CORE ?? '0';
export const LOAD_CORE = process.env.BENCH_LOAD_CORE ?? '1';

/** The Node binary a target runs on: Node 22 from the cache, or the one running the benchmark. */
export function nodeOf(target: Target): string {
  return target === 'pairplan@node22' || target === 'y-websocket-server' || target === 'hocuspocus4' ? cached('node22') : process.execPath;
}

const versions = new Map<string, string>();
/** The Node version a target runs on (`v22.23.5`), as printed in every row. */
export function nodeVersionOf(target: Target): string {
  const binary = nodeOf(target);
  return versions.get(binary) ?? versions.set(binary, nodeVersion(binary)).get(binary)!;
}

/** The checkout a target's server runs from. */
function checkoutOf(target: Target): string {
  if (target !== 'baseline') return process.cwd();
  if (!process.env.BENCH_BASELINE_DIR) throw new Error('the baseline target needs BENCH_BASELINE_DIR=<checkout>');
  return process.env.BENCH_BASELINE_DIR;
}

export interface RunningServer {
  readonly target: Target;
  readonly port: number;
  readonly child: ChildProcess;
  readonly loopFile: string;
  readonly dataDir: string;
}

const loopMonitor = resolve('bench/loopMonitor.cjs');

/** The Node flags of the checkout's own `npm run serve` (or `start`), so pairplan — a baseline too — runs as it ships. */
function serveFlags(cwd: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  const tokens = (scripts.serve ?? scripts.start ?? '').split(/\s+/);
  const node = tokens.lastIndexOf('node');
  const main = tokens.indexOf('server/main.ts');
  return node >= 0 && main > node ? tokens.slice(node + 1, main) : ['--import', 'tsx'];
}

function command(target: Target, cwd: string): string[] {
  switch (target) {
    case 'pairplan@node22':
      return ['--require', loopMonitor, '--import', resolve('bench/node22Addons.mjs'), ...serveFlags(cwd), ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), 'server/main.ts'];
    case 'pairplan':
    case 'baseline':
      return ['--require', loopMonitor, ...serveFlags(cwd), ...(process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), 'server/main.ts'];
    case 'y-websocket':
      return ['--require', loopMonitor, 'node_modules/y-websocket-v2/bin/server.cjs'];
    case 'y-websocket-server':
      return ['--require', loopMonitor, cached('y-websocket-server')];
    case 'hocuspocus':
    case 'hocuspocus4':
      return ['--require', loopMonitor, 'bench/hocuspocusServer.mjs'];
  }
}

/** What a target's process needs in its environment beyond the common part. */
function targetEnv(target: Target): Record<string, string> {
  switch (target) {
    case 'y-websocket':
    case 'y-websocket-server':
      return { BENCH_SIGTERM_EXIT: '1' };
    case 'hocuspocus4':
      return { BENCH_HOCUSPOCUS_MODULE: pathToFileURL(cached('hocuspocus4')).href };
    case 'pairplan@node22':
      cached('node22-addons');
      return { BENCH_NODE22_ADDONS: join(CACHE_DIR, 'node22-addons') };
    default:
      return {};
  }
}

/** Starts `target` on `port` and resolves once it accepts TCP connections. */
export async function startServer(target: Target, port: number, dataDir?: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'pairplan-bench-'));
  const loopFile = join(dir, `loop-${target}.json`);
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server process there (open it in Chrome DevTools).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const cwd = checkoutOf(target);
  // BENCH_SERVER_STDOUT=<file> appends each server's stdout there (for `--trace-gc-nvp` in BENCH_NODE_FLAGS, say); the child keeps its own copy of the descriptor.
  const stdout = process.env.BENCH_SERVER_STDOUT ? openSync(process.env.BENCH_SERVER_STDOUT, 'a') : 'ignore';
  // Pinned to the server's core: `taskset` execs node, so the child's pid is the server's.
  const child = spawn('taskset', ['-c', SERVER_CORE, nodeOf(target), ...profile, ...command(target, cwd)], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_JOIN: '1000000',
      RATE_LIMIT_CREATE: '1000000',
      BENCH_LOOP_FILE: loopFile,
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      ...targetEnv(target),
      ...env,
    },
    stdio: ['ignore', stdout, 'inherit'],
  });
  if (typeof stdout === 'number') closeSync(stdout);
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return { target, port, child, loopFile, dataDir: dir };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`${target} did not start`);
}

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A memory field of /proc/<pid>/status (kB there), in MB. */
function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Number(line?.replace(/\D+/g, '') ?? 0) / 1024;
}

/** Peak resident memory of a process, in MB. */
export const peakRssMb = (pid: number): number => statusMb(pid, 'VmHWM');

/** Resident memory of a process now, in MB. */
export const rssMb = (pid: number): number => statusMb(pid, 'VmRSS');

/** The event-loop lateness the server wrote (ms; see loopLateness.cjs). */
export function loopDelay(server: RunningServer): LoopLateness | null {
  try {
    return JSON.parse(readFileSync(server.loopFile, 'utf8')) as LoopLateness;
  } catch {
    return null;
  }
}

/** Stops a server and waits for it to exit. */
export async function stopServer(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}
