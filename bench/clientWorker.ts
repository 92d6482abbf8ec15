/**
 * One load-generating process of the benchmark (forked by bench/run.ts,
 * pinned to the load generators' core): simulated partners, the same for
 * every server (issue 17). A partner is a WebSocket and a
 * {@link SimulatedPartner} — no Y.Doc, no provider: it writes each tick,
 * untick and keystroke as the bytes Yjs would, answers the sync handshake,
 * sends presence twice a second, and reads of what comes back only the
 * struct ids (bench/wire/yjsUpdates.ts). Both partners of a pair live
 * in this process, so a received id is looked up in what this process sent:
 * that gives tick → partner latency on one clock, the pick it was (for the
 * partners' plans at the end) and an exact count of lost updates for every
 * server. Observers (the reference servers' stand-ins for a workshop's
 * dashboard and projector) sync every room of a workshop and time the same
 * ids. The process reports how late its own timers ran, so a reader can
 * tell the load generator's delay from the server's.
 */
import { readFileSync } from 'node:fs';
import WebSocket from 'ws';
import { startLoopSampler, type LoopLateness } from './loopLateness.cjs';
import { SimulatedPartner } from './wire/SimulatedPartner.js';
import { readIds } from './wire/yjsUpdates.js';
import { authFrame, awarenessFrame, emptySyncStep2Frame, readFrame, syncStep1Frame, updateFrame, type Dialect } from './wire/frames.js';

export interface ClientSpec {
  readonly room: string;
  /** The instance this client connects to, when not the worker's `baseUrl` (two-instance runs). */
  readonly baseUrl?: string;
  readonly cookie?: string;
  readonly actor: { id: string; name: string };
  /** This partner also types into a text field of its own (issue 17's typing share). */
  readonly typing?: boolean;
}

export interface WorkerConfig {
  readonly dialect: Dialect;
  /** Appended to the base URL before the room (pairplan's `/ws/pair`), y-websocket dialect only. */
  readonly socketPath: string;
  readonly baseUrl: string;
  /** Two specs per pair, partners next to each other. */
  readonly clients: readonly ClientSpec[];
  /** Reference servers' dashboard/projector stand-ins: each syncs all these rooms. */
  readonly observers: readonly { readonly rooms: readonly string[] }[];
  readonly activityIds: readonly string[];
  readonly tickEveryMs: number;
  readonly presenceEveryMs: number;
  readonly keyEveryMs: number;
  /** Distinguishes this worker's Yjs client ids from another worker's. */
  readonly workerIndex: number;
}

/** What a load generator reports at the end of the measured window. */
export interface WorkerResult {
  latencies: number[];
  keyLatencies: number[];
  observerLatencies: number[];
  ticks: number;
  keys: number;
  /** How late this generator's own loop ran in the window. */
  loop: LoopLateness;
  cpu: NodeJS.CpuUsage;
}

const now = (): number => performance.timeOrigin + performance.now();
/** Texts are trimmed from their start past this length (pairplan's notes hold up to `LIMITS.textFieldLength`). */
const TEXT_KEEP = 400;
const TEXT_TRIM = 40;

const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as WorkerConfig;
/** The Yjs client id of this worker's partner `index` (SimulatedPartner's); back to the index with {@link SentLog}. */
const CLIENT_BASE = 1 + config.workerIndex * 100_000;

/**
 * What this process sent, by struct id, for the receivers to look up: typed
 * arrays indexed by partner and clock (a ring of {@link RING} clocks each), so
 * the load generator allocates nothing per update it sends. A Map of one
 * object per update, kept 10 s, was promoted to the old generation and made
 * every young-generation GC of the generator copy it (scavenges of 10–16 ms
 * at 1,000 pairs, which the generator's loop delay then counted).
 */
class SentLog {
  /** Clocks kept per partner: at five structs a second, about 100 s. */
  static readonly RING = 512;
  private readonly clock: Int32Array;
  readonly at: Float64Array;
  /** Per slot: the key's index (see {@link keyIndex}) × 4 + 2 if it is a keystroke + 1 if it was sent while measuring. */
  private readonly meta: Uint32Array;
  constructor(private readonly partners: number) {
    this.clock = new Int32Array(partners * SentLog.RING).fill(-1);
    this.at = new Float64Array(partners * SentLog.RING);
    this.meta = new Uint32Array(partners * SentLog.RING);
  }
  record(id: { client: number; clock: number }, kind: 'pick' | 'key', key: string, at: number, measured: boolean): void {
    const slot = this.slot(id.client, id.clock);
    if (slot < 0) return;
    this.clock[slot] = id.clock;
    this.at[slot] = at;
    this.meta[slot] = keyIndex(key) * 4 + (kind === 'key' ? 2 : 0) + (measured ? 1 : 0);
  }
  /** The slot of what this process sent as (client, clock), or -1 (another process's, or overwritten). */
  slotOf(client: number, clock: number): number {
    const slot = this.slot(client, clock);
    return slot >= 0 && this.clock[slot] === clock ? slot : -1;
  }
  /** Where (client, clock) is kept, whatever is kept there now; -1 for another process's client. */
  private slot(client: number, clock: number): number {
    const partner = this.sender(client);
    if (partner < 0 || partner >= this.partners) return -1;
    return partner * SentLog.RING + (clock & (SentLog.RING - 1));
  }
  sender(client: number): number {
    return client - CLIENT_BASE;
  }
  isKey(slot: number): boolean {
    return (this.meta[slot] & 2) !== 0;
  }
  measured(slot: number): boolean {
    return (this.meta[slot] & 1) !== 0;
  }
  key(slot: number): string {
    return keys[this.meta[slot] >>> 2];
  }
}
const keys: string[] = [];
const keyIndexes = new Map<string, number>();
function keyIndex(key: string): number {
  let index = keyIndexes.get(key);
  if (index === undefined) {
    index = keys.push(key) - 1;
    keyIndexes.set(key, index);
  }
  return index;
}
const inserts = new SentLog(config.clients.length);
const deletes = new SentLog(config.clients.length);
const results = { latencies: [] as number[], keyLatencies: [] as number[], observerLatencies: [] as number[] };
/** Since the load began: picks/unpicks and keystrokes sent, and how many of them reached the partner. */
const counts = { measuredTicks: 0, measuredKeys: 0, sent: 0, received: 0, keysSent: 0, keysReceived: 0 };
let loadOn = false;
let measuring = false;
let exiting = false;
/** This process's CPU when the measured window began (user and system, in µs, are reported apart). */
let cpuAtMeasure: NodeJS.CpuUsage | undefined;

/** One WebSocket of a simulated client: connects, re-connects after a close, answers the sync handshake. */
class Socket {
  ws!: WebSocket;
  readonly synced = new Set<string>();
  constructor(
    readonly url: string,
    readonly rooms: readonly string[],
    private readonly cookie: string | undefined,
    private readonly onUpdate: (update: Uint8Array) => void,
    private readonly onOpen: () => void = () => undefined,
  ) {
    this.open();
  }

  get allSynced(): boolean {
    return this.synced.size === this.rooms.length;
  }

  private open(): void {
    this.synced.clear();
    // No compression offered: no server benchmarked enables it, and a refused offer is per-message work for nothing.
    const ws = new WebSocket(this.url, { perMessageDeflate: false, ...(this.cookie ? { headers: { cookie: this.cookie } } : {}) });
    ws.binaryType = 'nodebuffer';
    this.ws = ws;
    ws.on('open', () => {
      for (const room of this.rooms) {
        if (config.dialect === 'hocuspocus') ws.send(authFrame(room));
        ws.send(syncStep1Frame(config.dialect, room));
      }
      this.onOpen();
    });
    ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)));
    ws.on('error', () => undefined);
    ws.on('close', () => {
      if (!exiting) setTimeout(() => this.open(), 100 + Math.random() * 400);
    });
  }

  private receive(data: Uint8Array): void {
    const frame = readFrame(config.dialect, data, this.rooms[0]);
    if (frame.kind === 'step1') this.send(emptySyncStep2Frame(config.dialect, frame.room));
    else if (frame.kind === 'step2') this.synced.add(frame.room);
    else if (frame.kind === 'update') this.onUpdate(frame.update);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
  }
}

/** A partner: its socket, what it wrote, and its plan as it knows it (its own picks and the partner's that arrived). */
class Partner {
  readonly writer: SimulatedPartner;
  readonly socket: Socket;
  readonly view = new Set<string>();
  private awarenessClock = 0;
  private readonly state: { user: { id: string; name: string; color: string }; cursor?: { at: number } };

  constructor(
    readonly index: number,
    readonly spec: ClientSpec,
  ) {
    this.writer = new SimulatedPartner(CLIENT_BASE + index);
    this.state = { user: { id: spec.actor.id, name: spec.actor.name, color: '#336699' } };
    const base = (spec.baseUrl ?? config.baseUrl).replace(/^http/, 'ws');
    const url = config.dialect === 'hocuspocus' ? base : `${base}${config.socketPath}/${spec.room}`;
    this.socket = new Socket(url, [spec.room], spec.cookie, (u) => this.receive(u), () => this.sendPresence());
  }

  sendPresence(): void {
    this.socket.send(awarenessFrame(config.dialect, this.spec.room, this.writer.clientId, this.awarenessClock++, JSON.stringify(this.state)));
  }

  moveCursor(): void {
    this.state.cursor = { at: Math.random() };
    this.sendPresence();
  }

  send(kind: 'pick' | 'key', key: string, written: { update: Uint8Array; id: { client: number; clock: number } }, isDelete: boolean): void {
    (isDelete ? deletes : inserts).record(written.id, kind, key, now(), measuring);
    this.socket.send(updateFrame(config.dialect, this.spec.room, written.update));
  }

  private receive(update: Uint8Array): void {
    if (!loadOn) return;
    const ids = readIds(update);
    for (const id of ids.inserts) this.arrived(inserts, id.client, id.clock, false);
    for (const id of ids.deletes) this.arrived(deletes, id.client, id.clock, true);
  }

  private arrived(log: SentLog, client: number, clock: number, isDelete: boolean): void {
    const slot = log.slotOf(client, clock);
    // Another client's echo (the y-websocket servers send an update back to its sender too), or not this process's.
    if (slot < 0 || log.sender(client) === this.index) return;
    const measured = log.measured(slot) && measuring;
    if (log.isKey(slot)) {
      counts.keysReceived++;
      if (measured) results.keyLatencies.push(now() - log.at[slot]);
      return;
    }
    counts.received++;
    if (isDelete) return void this.view.delete(log.key(slot));
    this.view.add(log.key(slot));
    if (measured) results.latencies.push(now() - log.at[slot]);
  }
}

// Every partner and observer socket holds a few listeners: thousands are expected here.
process.setMaxListeners(0);
const partners = config.clients.map((spec, i) => new Partner(i, spec));
const observerSockets = config.observers.map(({ rooms }) => {
  const base = config.baseUrl.replace(/^http/, 'ws');
  const onUpdate = (update: Uint8Array): void => {
    for (const id of readIds(update).inserts) {
      const slot = inserts.slotOf(id.client, id.clock);
      if (slot >= 0 && !inserts.isKey(slot) && inserts.measured(slot) && measuring) results.observerLatencies.push(now() - inserts.at[slot]);
    }
  };
  // Hocuspocus carries a workshop's rooms on one socket; a y-websocket server needs one socket per room.
  return config.dialect === 'hocuspocus' ? [new Socket(base, rooms, undefined, onUpdate)] : rooms.map((room) => new Socket(`${base}${config.socketPath}/${room}`, [room], undefined, onUpdate));
});
const sockets = (): Socket[] => [...partners.map((p) => p.socket), ...observerSockets.flat()];

// How late this process's own timers fire, measured as in the servers (loopLateness.cjs): the share of the measured latency that is the load generator's.
const loop = startLoopSampler(10);

/** Runs `action` every `everyMs`, starting at a random point of the first interval (real clients are not in step). */
function everyStaggered(everyMs: number, action: () => void): void {
  timers.push(setTimeout(() => timers.push(setInterval(action, everyMs)), Math.random() * everyMs));
}

const timers: NodeJS.Timeout[] = [];
function startLoad(): void {
  loadOn = true;
  partners.forEach((partner, i) => {
    // The two partners tick alternate activities, so no tick is ever undone by a race before it arrives:
    // every tick must reach the partner, which makes the lost-tick count exact. Seven each: the two never pass
    // the maximum of 14 together, which the server enforces by undoing the tick past it.
    const own = config.activityIds.filter((_, k) => k % 2 === i % 2).slice(0, 7);
    const actor = partner.spec.actor;
    everyStaggered(config.tickEveryMs, () => {
      const id = own[Math.floor(Math.random() * own.length)];
      if (partner.writer.isPicked(id)) {
        partner.send('pick', id, partner.writer.unpick(id), true);
        partner.view.delete(id);
      } else {
        partner.send('pick', id, partner.writer.pick(id, { by: actor.id, name: actor.name, at: now() }), false);
        partner.view.add(id);
      }
      counts.sent++;
      if (measuring) counts.measuredTicks++;
    });
    everyStaggered(config.presenceEveryMs, () => partner.moveCursor());
    if (!partner.spec.typing) return;
    // Typing partners write a note on their first own activity: one keystroke per update, trimmed from the start.
    const root = `text:${own[0]}|note`;
    everyStaggered(config.keyEveryMs, () => {
      if (partner.writer.textLength(root) >= TEXT_KEEP) partner.send('key', root, partner.writer.trim(root, TEXT_TRIM), true);
      partner.send('key', root, partner.writer.type(root, 'abcdefghij '[counts.keysSent % 11]), false);
      counts.keysSent++;
      if (measuring) counts.measuredKeys++;
    });
  });
}

/** Resolves when every socket is synced, with the time it took. */
function awaitSynced(reply: string): void {
  const started = Date.now();
  const wait = (): void => {
    if (sockets().some((s) => !s.allSynced)) setTimeout(wait, 20);
    else process.send!({ t: reply, ms: Date.now() - started });
  };
  wait();
}

process.on('message', (message: { t: string }) => {
  switch (message.t) {
    case 'start':
      return startLoad();
    case 'measure':
      measuring = true;
      cpuAtMeasure = process.cpuUsage();
      loop.reset();
      return;
    case 'stop':
      measuring = false;
      for (const t of timers) clearInterval(t);
      process.send!({ t: 'result', ...results, cpu: process.cpuUsage(cpuAtMeasure), ticks: counts.measuredTicks, keys: counts.measuredKeys, loop: loop.summary() });
      loop.stop();
      return;
    case 'counts':
      // Asked once the last updates have had time to arrive: every one sent should have reached the partner.
      return void process.send!({ t: 'counts', ...counts });
    case 'await-resync':
      return awaitSynced('resynced');
    case 'snapshot': {
      const picks = partners.map((p) => ({ room: p.spec.room, picks: [...p.view].sort() }));
      return void process.send!({ t: 'snapshot', picks });
    }
    case 'exit':
      exiting = true;
      for (const s of sockets()) s.ws.close();
      process.exit(0);
  }
});

awaitSynced('connected');
