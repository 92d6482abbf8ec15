/**
 * One load-generating process of the benchmark (forked by bench/run.ts):
 * real clients — y-websocket's `WebsocketProvider` for pairplan and the
 * y-websocket server, `HocuspocusProvider` for Hocuspocus — two partners
 * per pair, each ticking/unticking about once a second and updating its
 * presence twice a second. Latency tick → partner is measured within this
 * process (both partners live here, so one clock).
 */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { initPlanDoc, removePick, rootMap, setPick } from '../shared/doc/planDoc.js';
import type { Target } from './servers.js';

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
  const url = config.target === 'pairplan' ? `${wsBase}/ws/pair` : wsBase;
  const provider = new WebsocketProvider(url, spec.room, doc, { WebSocketPolyfill: Polyfill as never, disableBc: true, maxBackoffTime: 500 });
  provider.messageHandlers[100] = () => undefined;
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
const clients = config.clients.map((spec) => connect(config, spec));
const latencies: number[] = [];
let ticks = 0;
let measuring = false;

// Each client measures its partner's new ticks.
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

const timers: NodeJS.Timeout[] = [];
function startLoad(): void {
  clients.forEach((client) => {
    const tickOffset = Math.random() * config.tickEveryMs;
    timers.push(
      setTimeout(() => {
        timers.push(
          setInterval(() => {
            const id = config.activityIds[Math.floor(Math.random() * config.activityIds.length)];
            const picks = rootMap(client.doc, 'picks');
            if (picks.has(id)) removePick(client.doc, id);
            else setPick(client.doc, id, client.spec.actor, now());
            ticks++;
          }, config.tickEveryMs),
        );
      }, tickOffset),
    );
    timers.push(
      setInterval(() => client.awareness.setLocalStateField('cursor', { at: Math.random() }), config.presenceEveryMs),
    );
  });
}

process.on('message', (message: { t: string }) => {
  if (message.t === 'start') {
    measuring = true;
    startLoad();
  } else if (message.t === 'stop') {
    measuring = false;
    for (const t of timers) clearInterval(t);
    process.send!({ t: 'result', latencies, ticks });
  } else if (message.t === 'await-resync') {
    // The server restarts: report when every client is synced again.
    const started = Date.now();
    const unsynced = (): boolean => clients.some((c) => !c.isSynced());
    const wait = (): void => {
      if (unsynced()) setTimeout(wait, 20);
      else process.send!({ t: 'resynced', ms: Date.now() - started });
    };
    wait();
  } else if (message.t === 'snapshot') {
    const picks = clients.map((c) => [...rootMap(c.doc, 'picks').keys()].sort().join(','));
    process.send!({ t: 'snapshot', picks });
  } else if (message.t === 'exit') {
    for (const c of clients) c.destroy();
    process.exit(0);
  }
});

const connectStarted = Date.now();
await whenAllSynced();
process.send!({ t: 'connected', ms: Date.now() - connectStarted });
