/**
 * One load-generating process of the benchmark (forked by bench/run.ts):
 * real clients — y-websocket's `WebsocketProvider` for pairplan and the
 * y-websocket server, `HocuspocusProvider` for Hocuspocus — two partners
 * per pair, each ticking/unticking about once a second and updating its
 * presence twice a second, each on its own random phase. Latency tick →
 * partner is measured within this process (both partners live here, so one
 * clock), after a warm-up; the process also reports how late its own timers
 * ran, so a reader can tell the load generator's delay from the server's.
 */
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import WebSocket from 'ws';
import { WebsocketProvider, messageSync } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { initPlanDoc, removePick, rootMap, setPick } from '../shared/doc/planDoc.js';
import { isPairplan, type Target } from './servers.js';

export interface ClientSpec {
  readonly room: string;
  /** The instance this client connects to, when not the worker's `baseUrl` (two-instance runs). */
  readonly baseUrl?: string;
  readonly cookie?: string;
  readonly actor: { id: string; name: string };
}

export interface WorkerConfig {
  readonly target: Target;
  readonly baseUrl: string;
  /** Two specs per pair, partners next to each other. */
  readonly clients: readonly ClientSpec[];
  readonly activityIds: readonly string[];
  readonly tickEveryMs: number;
  readonly presenceEveryMs: number;
}

interface Client {
  readonly doc: Y.Doc;
  readonly spec: ClientSpec;
  readonly awareness: { setLocalStateField(field: string, value: unknown): void };
  isSynced(): boolean;
  onSynced(listener: () => void): void;
  destroy(): void;
}

const now = (): number => performance.timeOrigin + performance.now();

function connect(config: WorkerConfig, spec: ClientSpec): Client {
  const doc = initPlanDoc(new Y.Doc());
  const wsBase = (spec.baseUrl ?? config.baseUrl).replace(/^http/, 'ws');
  if (config.target === 'hocuspocus') {
    const provider = new HocuspocusProvider({ url: wsBase, name: spec.room, document: doc, WebSocketPolyfill: WebSocket } as never);
    return {
      doc,
      spec,
      awareness: provider.awareness!,
      isSynced: () => provider.synced,
      onSynced: (listener) => provider.on('synced', listener),
      destroy: () => provider.destroy(),
    };
  }
  const cookie = spec.cookie;
  const Polyfill = cookie
    ? class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      }
    : WebSocket;
  const url = isPairplan(config.target) ? `${wsBase}/ws/pair` : wsBase;
  const provider = new WebsocketProvider(url, spec.room, doc, { WebSocketPolyfill: Polyfill as never, disableBc: true, maxBackoffTime: 500 });
  provider.messageHandlers[100] = () => undefined;
  // Count the update messages the server relays (a tick that turned out to change nothing still arrives).
  const handleSync = provider.messageHandlers[messageSync];
  provider.messageHandlers[messageSync] = (encoder, decoder, ...rest) => {
    if (loadOn && decoder.arr[decoder.pos] === syncProtocol.messageYjsUpdate) counts.received++;
    handleSync(encoder, decoder, ...rest);
  };
  provider.awareness.setLocalState({ user: { id: spec.actor.id, name: spec.actor.name, color: '#336699' } });
  return {
    doc,
    spec,
    awareness: provider.awareness,
    isSynced: () => provider.synced,
    onSynced: (listener) => provider.on('sync', (s: boolean) => s && listener()),
    destroy: () => provider.destroy(),
  };
}

const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as WorkerConfig;
// Every WebsocketProvider adds a process 'exit' listener: a thousand of them are expected here.
process.setMaxListeners(0);
const clients = config.clients.map((spec) => connect(config, spec));
const latencies: number[] = [];
/**
 * Ticks made while measuring, and since the load began; update messages
 * from the server since the load began (each tick is relayed as one; the
 * Hocuspocus provider is not counted).
 */
const counts = { measuredTicks: 0, sent: 0, received: 0 };
let loadOn = false;
let measuring = false;
// How late this process's own timers fire: the share of the measured latency that is the load generator's.
// (The histogram records whole sampling intervals: the resolution is taken off, as in loopMonitor.cjs.)
const LOOP_RESOLUTION_MS = 10;
const loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
const late = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);

// Each client measures its partner's new ticks (timestamps come from the same clock: both partners live here).
clients.forEach((client) => {
  rootMap(client.doc, 'picks').observe((event, transaction) => {
    if (transaction.local || !measuring) return;
    const t = now();
    for (const [key, change] of event.changes.keys) {
      if (change.action === 'delete') continue;
      const value = rootMap(client.doc, 'picks').get(key) as { at?: number; by?: string } | undefined;
      if (value?.at && value.by !== client.spec.actor.id) latencies.push(t - value.at);
    }
  });
});

function whenAllSynced(): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (clients.every((c) => c.isSynced())) resolve();
      else setTimeout(check, 20);
    };
    check();
  });
}

/** Runs `action` every `everyMs`, starting at a random point of the first interval (real clients are not in step). */
function everyStaggered(everyMs: number, action: () => void): void {
  timers.push(setTimeout(() => timers.push(setInterval(action, everyMs)), Math.random() * everyMs));
}

const timers: NodeJS.Timeout[] = [];
function startLoad(): void {
  loadOn = true;
  clients.forEach((client, i) => {
    // The two partners tick alternate activities, so no tick is ever undone by a race before it arrives:
    // every tick must reach the partner, which makes the lost-tick count exact. Seven each: the two never pass
    // the maximum of 14 together, which the server enforces by undoing the tick past it.
    const own = config.activityIds.filter((_, k) => k % 2 === i % 2).slice(0, 7);
    everyStaggered(config.tickEveryMs, () => {
      const id = own[Math.floor(Math.random() * own.length)];
      if (rootMap(client.doc, 'picks').has(id)) removePick(client.doc, id);
      else setPick(client.doc, id, client.spec.actor, now());
      counts.sent++;
      if (measuring) counts.measuredTicks++;
    });
    everyStaggered(config.presenceEveryMs, () => client.awareness.setLocalStateField('cursor', { at: Math.random() }));
  });
}

/** Resolves when every client is synced, with the time it took. */
function awaitResync(): void {
  const started = Date.now();
  const wait = (): void => {
    if (clients.some((c) => !c.isSynced())) setTimeout(wait, 20);
    else process.send!({ t: 'resynced', ms: Date.now() - started });
  };
  wait();
}

process.on('message', (message: { t: string }) => {
  switch (message.t) {
    case 'start':
      return startLoad();
    case 'measure':
      measuring = true;
      loop.enable();
      return;
    case 'stop':
      measuring = false;
      loop.disable();
      for (const t of timers) clearInterval(t);
      process.send!({ t: 'result', latencies, ticks: counts.measuredTicks, loopP99: late(loop.percentile(99)) });
      return;
    case 'counts':
      // Asked once the last ticks have had time to arrive: every tick sent should have reached the partner.
      return void process.send!({ t: 'counts', sent: counts.sent, received: counts.received });
    case 'await-resync':
      return awaitResync();
    case 'snapshot': {
      const picks = clients.map((c) => ({ room: c.spec.room, picks: [...rootMap(c.doc, 'picks').keys()].sort() }));
      return void process.send!({ t: 'snapshot', picks });
    }
    case 'exit':
      for (const c of clients) c.destroy();
      process.exit(0);
  }
});

const connectStarted = Date.now();
await whenAllSynced();
process.send!({ t: 'connected', ms: Date.now() - connectStarted });
