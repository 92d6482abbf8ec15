/**
 * The leader's live view of a workshop, free of any UI framework: one
 * WebSocket to `/ws/dashboard/<id>` (the key goes in the first frame, never
 * the URL), every pair's summary, the workshop's clock/lock/broadcast, and
 * the server clock offset (ping/pong, as the pair rooms measure it).
 * It reconnects with backoff unless the server said the key or workshop is
 * wrong. React reads it through `useSyncExternalStore`; every getter returns
 * a cached value that changes only when what it describes changes.
 */
import { Subscribable } from './Subscribable.js';
import { parseDashboardServerMessage, type DashboardClientMessage, type DashboardServerMessage } from '../../shared/protocol/dashboard.js';
import type { LeaderLive } from '../../shared/protocol/live.js';
import { dashboardSocketPath } from '../../shared/protocol/socketPaths.js';
import type { LeaderWorkshop } from '../../shared/protocol/workshop.js';
import type { PairSummary } from '../../shared/tally/summarizePair.js';
import { ClockOffset } from './ClockOffset.js';
import { withRoster, withSettings } from './withSessionChanges.js';
import { describeDashboardClose, type DashboardClose } from './describeDashboardClose.js';
import { PING, toWebSocketOrigin, type ConnectionState } from './PairRoomConnection.js';

/** Where the stream stands; `close` says why the last connection ended. */
export interface DashboardStatus {
  readonly state: ConnectionState;
  readonly close: DashboardClose | null;
}

/** The part of a WebSocket the connection uses (the browser's, or `ws` in Node). */
interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface DashboardConnectionOptions {
  readonly workshopId: string;
  readonly key: string;
  /** The server's origin; defaults to the page's. */
  readonly serverUrl?: string;
  /** A WebSocket class; defaults to the global one. */
  readonly WebSocketClass?: new (url: string) => unknown;
  /** Longest wait between reconnect attempts, ms. */
  readonly maxBackoffMs?: number;
  readonly pingIntervalMs?: number;
}

const WS_OPEN = 1;
const FIRST_BACKOFF_MS = 500;

export class DashboardConnection extends Subscribable {
  readonly workshopId: string;
  private readonly options: DashboardConnectionOptions;
  private readonly clock = new ClockOffset();
  private readonly pingTimer: ReturnType<typeof setInterval>;
  private readonly byPair = new Map<number, PairSummary>();
  private socket: SocketLike | null = null;
  private status: DashboardStatus = { state: 'connecting', close: null };
  private workshop: LeaderWorkshop | null = null;
  private summaries: readonly PairSummary[] = [];
  private live: LeaderLive | null = null;
  private offset = 0;
  private attempts = 0;
  private everConnected = false;
  private destroyed = false;

  constructor(options: DashboardConnectionOptions) {
    super();
    this.options = options;
    this.workshopId = options.workshopId;
    this.pingTimer = setInterval(() => this.sendPing(), options.pingIntervalMs ?? PING.intervalMs);
    (this.pingTimer as { unref?: () => void }).unref?.();
    this.open();
  }

  getStatus = (): DashboardStatus => this.status;
  /** The workshop (title, list, rules, pairs); `null` until the stream opens. */
  getWorkshop = (): LeaderWorkshop | null => this.workshop;
  /** Every pair's summary, by pair number. */
  getSummaries = (): readonly PairSummary[] => this.summaries;
  getLive = (): LeaderLive | null => this.live;
  getOffset = (): number => this.offset;

  /** The server's clock now. */
  serverNow(): number {
    return Date.now() + this.offset;
  }

  /** Closes the stream for good. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearInterval(this.pingTimer);
    this.clearTimers();
    this.detach()?.close(1000, 'dashboard closed');
    this.clearListeners();
  }

  private open(): void {
    const Socket = this.options.WebSocketClass ?? (globalThis.WebSocket as unknown as new (url: string) => unknown);
    const url = `${toWebSocketOrigin(this.options.serverUrl)}${dashboardSocketPath(this.workshopId)}`;
    const socket = new Socket(url) as SocketLike;
    this.socket = socket;
    socket.onopen = () => this.send({ t: 'auth', key: this.options.key });
    socket.onmessage = (event) => this.handleFrame(event.data);
    socket.onclose = (event) => this.handleClose(socket, event);
    socket.onerror = () => undefined;
  }

  /** Forgets the current socket (its late events are ignored) and returns it. */
  private detach(): SocketLike | null {
    const socket = this.socket;
    this.socket = null;
    if (socket) socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
    return socket;
  }

  private handleFrame(data: unknown): void {
    const message = parseDashboardServerMessage(data);
    if (message === null || this.destroyed) return;
    this.handleMessage(message);
  }

  private handleMessage(message: DashboardServerMessage): void {
    switch (message.t) {
      case 'init':
        this.workshop = message.workshop;
        this.byPair.clear();
        this.setSummaries(message.summaries);
        this.live = message.live;
        this.clock.reset();
        this.clock.addRough(message.serverNow, Date.now());
        this.offset = this.clock.offset;
        this.attempts = 0;
        this.everConnected = true;
        this.status = { state: 'connected', close: null };
        this.pingBurst();
        break;
      case 'pairs':
        // Every summary malformed: nothing changed, nobody re-renders.
        if (message.summaries.length === 0) return;
        this.setSummaries(message.summaries);
        break;
      case 'live':
        this.live = message.live;
        if (this.workshop) this.workshop = withSettings(this.workshop, message.live.settings);
        break;
      case 'roster':
        if (this.workshop) this.workshop = withRoster(this.workshop, message.pairs);
        break;
      case 'pong':
        if (!this.clock.handlePong(message.id, message.serverNow, performance.now(), Date.now())) return;
        this.offset = this.clock.offset;
        break;
    }
    this.notify();
  }

  private setSummaries(changed: readonly PairSummary[]): void {
    for (const summary of changed) this.byPair.set(summary.n, summary);
    this.summaries = [...this.byPair.values()].sort((a, b) => a.n - b.n);
  }

  private handleClose(socket: SocketLike, event: { code: number; reason: string }): void {
    if (socket !== this.socket || this.destroyed) return;
    this.detach();
    const close = describeDashboardClose(event.code === 1006 ? null : event);
    if (!close.retry) {
      this.setStatus({ state: 'closed', close });
      return;
    }
    this.setStatus({ state: this.everConnected ? 'reconnecting' : 'connecting', close });
    const delay = Math.min(this.options.maxBackoffMs ?? 5_000, FIRST_BACKOFF_MS * 2 ** this.attempts++);
    this.defer(() => this.open(), delay);
  }

  private pingBurst(): void {
    for (let i = 0; i < PING.burst; i++) this.defer(() => this.sendPing(), i * PING.burstSpacingMs);
  }

  private sendPing(): void {
    if (this.status.state !== 'connected') return;
    this.send({ t: 'ping', id: this.clock.startPing(performance.now()) });
  }

  private send(message: DashboardClientMessage): void {
    if (this.socket?.readyState === WS_OPEN) this.socket.send(JSON.stringify(message));
  }

  private setStatus(next: DashboardStatus): void {
    this.status = next;
    this.notify();
  }
}
