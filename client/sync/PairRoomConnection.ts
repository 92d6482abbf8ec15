/**
 * One partner's connection to a pair room, free of any UI framework: it owns
 * the Y.Doc, the y-websocket provider and its awareness, the JSON control
 * messages (workshop clock, lock, broadcast, time sync), the server clock
 * offset and the connection status. React reads it through
 * `useSyncExternalStore` (see the hooks beside this file); Node tests drive
 * it with the `ws` package.
 *
 * Every getter returns a cached immutable value that changes only when what
 * it describes changes, so each subscriber re-renders only for its concern.
 */
import { Subscribable } from './Subscribable.js';
import { storeRetryDelay } from './storeRetryDelay.js';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { initPlanDoc, toSnapshot } from '../../shared/doc/planDoc.js';
import type { Actor, PlanSnapshot } from '../../shared/doc/schema.js';
import { CONTROL_MESSAGE_TYPE, encodeControl, parseServerControl, readControlJson } from '../../shared/protocol/control.js';
import type { WorkshopLive } from '../../shared/protocol/live.js';
import { SOCKET_PATHS, roomKey } from '../../shared/protocol/socketPaths.js';
import { watchingLeaders, withFirstFrame } from './watchSocket.js';
import { ClockOffset } from './ClockOffset.js';
import { describeRuleRefusal } from './describeRuleRefusal.js';
import { describeClose, shouldReconnectAfter, type CloseDescription } from './describeClose.js';
import { diffPlans, type PlanChange } from './diffPlans.js';
import { NOBODY_EDITING, editingPartners, sameEditing, type EditingMap } from './editingPresence.js';
import { colorFor, otherWriters, samePresence, toPresence, type PresentUser } from './presence.js';

/** Where the connection stands. `closed` is final: the person must join again. */
export const CONNECTION_STATES = ['connecting', 'connected', 'reconnecting', 'closed'] as const;
export type ConnectionState = (typeof CONNECTION_STATES)[number];

/** The connection status a screen shows. `close` says why the last connection ended. */
export interface ConnectionStatus {
  readonly state: ConnectionState;
  /** The document has caught up with the server since the last connect. */
  readonly synced: boolean;
  readonly close: CloseDescription | null;
}

/** The latest batch of changes that came from partners, numbered so a screen reader hears each once. */
export interface RemoteChanges {
  readonly seq: number;
  readonly changes: readonly PlanChange[];
}

/** A WebSocket class: the browser's, or `ws` in Node (with a cookie header, say). */
export type WebSocketClass = new (url: string, protocols?: string | string[]) => object;

export interface PairRoomConnectionOptions {
  readonly workshopId: string;
  readonly pair: number;
  /** Who writes: the session's participant id and name (the server rejects any other). */
  readonly actor: Actor;
  /** The server's origin, `http(s)://host:port` or `ws(s)://…`; defaults to the page's. */
  readonly serverUrl?: string;
  /** For Node: a WebSocket class (e.g. `ws` sending the session cookie). */
  readonly WebSocketPolyfill?: WebSocketClass;
  /** The workshop state from `GET /api/workshops/:id/session`, shown until the socket says more. */
  readonly live?: WorkshopLive | null;
  /** `serverNow` from that response: a first, rough clock offset. */
  readonly serverNow?: number;
  /** `false` keeps the socket closed (component tests use the local doc alone). Default `true`. */
  readonly connect?: boolean;
  /** Longest wait between reconnect attempts, ms (y-websocket's default is 2,500). */
  readonly maxBackoffTime?: number;
  /** The rules' maximum: a removal of your own item that leaves the plan at it may be the server's undo, not a partner's (see `diffPlans`). */
  readonly maxTotal?: number | null;
  /** How often the clock offset is measured again, ms. Default 30,000. */
  readonly pingIntervalMs?: number;
  /**
   * The facilitator key: the leader watches this room read-only through
   * `/ws/watch` (the key goes in the socket's first frame, never in its URL),
   * shows no presence of their own, and the room's controls are disabled.
   */
  readonly watchKey?: string;
}

/** Time sync: a burst of pings on every connect, then one every interval. */
export const PING = { burst: 3, burstSpacingMs: 300, intervalMs: 30_000 } as const;

/** `http://host` → `ws://host`, `https://host/` → `wss://host`. */
export function toWebSocketOrigin(serverUrl?: string): string {
  const base = serverUrl ?? `${globalThis.location.protocol}//${globalThis.location.host}`;
  return base.replace(/^http/, 'ws').replace(/\/+$/, '');
}

const WS_OPEN = 1;

export class PairRoomConnection extends Subscribable {
  readonly workshopId: string;
  readonly pair: number;
  readonly actor: Actor;
  /** The leader watching: nothing here can change the plan. */
  readonly readOnly: boolean;
  private readonly options: PairRoomConnectionOptions;
  private readonly wsUrl: string;
  private readonly clock = new ClockOffset();
  private readonly pingTimer: ReturnType<typeof setInterval>;
  private currentDoc!: Y.Doc;
  private currentProvider!: WebsocketProvider;
  private detachProvider: () => void = () => undefined;
  private plan: PlanSnapshot;
  private presence: readonly PresentUser[] = [];
  private editing: EditingMap = NOBODY_EDITING;
  /** Leaders watching this room now (the room's own presence state). */
  private watchers = 0;
  /** The text field this person's caret is in (a text root name), shown to partners. */
  private editingField: string | null = null;
  private live: WorkshopLive | null;
  private status: ConnectionStatus = { state: 'connecting', synced: false, close: null };
  private notice: CloseDescription | null = null;
  private remote: RemoteChanges = { seq: 0, changes: [] };
  private offset = 0;
  private everConnected = false;
  /** STORE_FAILED closes since saving last worked (the next pause grows with it). */
  private storeRetries = 0;
  /** After a reset, the old plan stays on screen until the fresh doc has synced. */
  private planFrozen = false;
  private destroyed = false;
  /** The leader moved this person (issue 14): the pair and the session to follow with. */
  private moved: { readonly pair: number; readonly token: string } | null = null;

  constructor(options: PairRoomConnectionOptions) {
    super();
    this.options = options;
    this.workshopId = options.workshopId;
    this.pair = options.pair;
    this.actor = options.actor;
    this.readOnly = options.watchKey !== undefined;
    this.wsUrl = `${toWebSocketOrigin(options.serverUrl)}${this.readOnly ? SOCKET_PATHS.watch : SOCKET_PATHS.pair}`;
    this.live = options.live ?? null;
    if (options.serverNow !== undefined && this.clock.addRough(options.serverNow, Date.now())) this.offset = this.clock.offset;
    this.open();
    this.plan = toSnapshot(this.currentDoc);
    this.pingTimer = setInterval(() => this.sendPing(), options.pingIntervalMs ?? PING.intervalMs);
    // In Node (tests, tools) the heartbeat alone must not keep the process alive.
    (this.pingTimer as { unref?: () => void }).unref?.();
  }

  /** The current document. It is replaced after a refused change: read it at each write. */
  get doc(): Y.Doc {
    return this.currentDoc;
  }

  /** The current provider (for tests and tools); replaced along with the doc. */
  get provider(): WebsocketProvider {
    return this.currentProvider;
  }

  /** The plan, recomputed only when the document changes. */
  getPlan = (): PlanSnapshot => this.plan;
  /** Who is here now (you first). */
  getPresence = (): readonly PresentUser[] => this.presence;
  /** Which partners are writing in which text field. */
  getEditing = (): EditingMap => this.editing;
  /** How many leader screens watch this room now. */
  getWatchers = (): number => this.watchers;
  /** The current document (replaced after a refused change). */
  getDoc = (): Y.Doc => this.currentDoc;
  /** Clock, lock and broadcast; `null` until known. */
  getLive = (): WorkshopLive | null => this.live;
  getStatus = (): ConnectionStatus => this.status;
  /** Server time minus local time, ms. */
  getOffset = (): number => this.offset;
  /** Why the last local change was thrown away, until dismissed; or that saving failed, until it works again. */
  getNotice = (): CloseDescription | null => this.notice;
  /** The latest changes partners made. */
  getRemoteChanges = (): RemoteChanges => this.remote;
  /** Where the leader moved this person, with their fresh session; `null` unless moved (issue 14). */
  getMoved = (): { readonly pair: number; readonly token: string } | null => this.moved;

  /** The server's clock now. Use this, never `Date.now()`, for anything the server compares. */
  serverNow(): number {
    return Date.now() + this.offset;
  }

  /** Tells partners which text field this person is writing in (`null`: none). */
  setEditing(field: string | null): void {
    if (field === this.editingField || this.readOnly) return;
    this.editingField = field;
    this.currentProvider.awareness.setLocalStateField('editing', field);
  }

  dismissNotice(): void {
    if (this.notice === null) return;
    this.notice = null;
    this.notify();
  }

  /** Closes the socket for good and frees the document. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearInterval(this.pingTimer);
    this.clearTimers();
    this.close();
    this.clearListeners();
  }

  private open(): void {
    const doc = initPlanDoc(new Y.Doc());
    const { watchKey } = this.options;
    const Socket = this.options.WebSocketPolyfill ?? (globalThis.WebSocket as WebSocketClass);
    const WebSocketPolyfill = watchKey === undefined ? this.options.WebSocketPolyfill : withFirstFrame(Socket, JSON.stringify({ t: 'auth', key: watchKey }));
    const provider = new WebsocketProvider(this.wsUrl, roomKey(this.workshopId, this.pair), doc, {
      connect: this.options.connect ?? true,
      disableBc: true,
      maxBackoffTime: this.options.maxBackoffTime,
      shouldReconnect: shouldReconnectAfter,
      ...(WebSocketPolyfill ? { WebSocketPolyfill: WebSocketPolyfill as typeof WebSocket } : {}),
    });
    // The type byte has been read; nothing is written to the encoder, so nothing is sent back.
    provider.messageHandlers[CONTROL_MESSAGE_TYPE] = (_encoder, decoder) => this.handleControl(readControlJson(decoder));
    const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void =>
      this.handleUpdate(doc, provider, transaction);
    const onAwareness = (): void => this.refreshPresence();
    const onStatus = ({ status }: { status: string }): void => this.handleStatus(status);
    const onClose = (event: CloseEvent | null): void => this.handleClose(event);
    const onSync = (synced: boolean): void => this.handleSync(synced);
    doc.on('update', onUpdate);
    provider.awareness.on('change', onAwareness);
    provider.on('status', onStatus);
    provider.on('connection-close', onClose);
    provider.on('sync', onSync);
    this.detachProvider = () => {
      doc.off('update', onUpdate);
      provider.awareness.off('change', onAwareness);
      provider.off('status', onStatus);
      provider.off('connection-close', onClose);
      provider.off('sync', onSync);
    };
    this.currentDoc = doc;
    this.currentProvider = provider;
    // A watching leader is no partner: they send no presence (the server would drop it).
    if (watchKey !== undefined) provider.awareness.setLocalState(null);
    else provider.awareness.setLocalState({ user: { id: this.actor.id, name: this.actor.name, color: colorFor(this.actor.id) }, editing: this.editingField });
  }

  private close(): void {
    this.detachProvider();
    const provider = this.currentProvider;
    provider.destroy();
    provider.awareness.destroy();
    this.currentDoc.destroy();
  }

  /** The server refused a local change: drop the doc that holds it and sync a fresh one. */
  private reset(): void {
    if (this.destroyed) return;
    this.close();
    this.planFrozen = true;
    this.open();
    this.refreshPresence();
  }

  private handleUpdate(doc: Y.Doc, provider: WebsocketProvider, transaction: Y.Transaction): void {
    if (this.planFrozen) return;
    const previous = this.plan;
    this.plan = toSnapshot(doc);
    // The first sync after a connect brings the whole plan: that is not news to announce.
    if (!transaction.local && provider.synced) {
      const others = otherWriters(provider.awareness.getStates(), doc.clientID);
      const changes = diffPlans(previous, this.plan, { selfId: this.actor.id, others, maxTotal: this.live?.settings?.rules.maxTotal ?? this.options.maxTotal ?? null });
      if (changes.length > 0) this.remote = { seq: this.remote.seq + 1, changes };
    }
    this.notify();
  }

  private handleSync(synced: boolean): void {
    if (synced && this.planFrozen) {
      this.planFrozen = false;
      this.plan = toSnapshot(this.currentDoc);
    }
    this.setStatus({ ...this.status, synced });
  }

  private handleStatus(status: string): void {
    if (status === 'connected') {
      this.everConnected = true;
      this.setStatus({ state: 'connected', synced: this.currentProvider.synced, close: null });
      this.clock.reset();
      this.pingBurst();
    } else if (status === 'connecting') {
      const state = this.everConnected || this.status.close ? 'reconnecting' : 'connecting';
      if (this.status.state !== 'closed') this.setStatus({ ...this.status, state, synced: false });
    }
    // 'disconnected' is followed by (or follows) a connection-close, which says why.
  }

  private handleClose(event: CloseEvent | null): void {
    const description = describeClose(event ? { code: event.code, reason: event.reason } : null);
    switch (description.action) {
      case 'rejoin':
        this.setStatus({ state: 'closed', synced: false, close: description });
        return;
      case 'reset':
        this.notice = description;
        this.setStatus({ state: 'reconnecting', synced: false, close: description });
        // Not from inside the provider's own close handler: it still runs after this event.
        this.defer(() => this.reset(), 0);
        return;
      case 'retry':
        // The doc still holds the unsaved change; the sync on reconnect sends it again.
        this.notice = description;
        this.setStatus({ state: 'reconnecting', synced: false, close: description });
        this.retryAfterPause();
        return;
      case 'reconnect':
        this.setStatus({ state: 'reconnecting', synced: false, close: description });
        return;
    }
  }

  /** Reconnects the same provider (and so the same doc) after a pause that grows with each failure. */
  private retryAfterPause(): void {
    const provider = this.currentProvider;
    this.defer(() => {
      if (provider === this.currentProvider && !this.destroyed) provider.connect();
    }, storeRetryDelay(this.storeRetries++));
  }

  private handleControl(raw: unknown): void {
    const message = parseServerControl(raw);
    if (!message || this.destroyed) return;
    switch (message.t) {
      case 'workshop': {
        this.live = message.live;
        if (this.clock.addRough(message.serverNow, Date.now())) this.offset = this.clock.offset;
        this.notify();
        return;
      }
      case 'pong':
        if (this.clock.handlePong(message.id, message.serverNow, performance.now(), Date.now())) {
          this.offset = this.clock.offset;
          this.notify();
        }
        return;
      case 'refused':
        // The server undid part of our last change (the deletion came in the sync stream); the connection stays.
        this.notice = { code: null, action: 'reconnect', ...describeRuleRefusal(message.rule, message.max) };
        this.notify();
        return;
      case 'moved':
        // The socket closes with MOVED next; usePairRoom adopts the session and opens the new pair.
        this.moved = { pair: message.pair, token: message.token };
        this.notify();
        return;
      case 'stored':
        // What this doc kept through a store failure is saved now.
        this.storeRetries = 0;
        if (this.notice?.action === 'retry') {
          this.notice = null;
          this.notify();
        }
        return;
    }
  }

  private pingBurst(): void {
    for (let i = 0; i < PING.burst; i++) this.defer(() => this.sendPing(), i * PING.burstSpacingMs);
  }

  private sendPing(): void {
    const provider = this.currentProvider;
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== WS_OPEN) return;
    ws.send(encodeControl({ t: 'ping', id: this.clock.startPing(performance.now()) }));
  }

  private refreshPresence(): void {
    const states = this.currentProvider.awareness.getStates();
    const next = toPresence(states, this.actor.id);
    const editing = editingPartners(states, this.actor.id);
    const watchers = watchingLeaders(states);
    const samePeople = samePresence(next, this.presence);
    if (samePeople && sameEditing(editing, this.editing) && watchers === this.watchers) return;
    this.watchers = watchers;
    if (!samePeople) this.presence = next;
    this.editing = editing;
    this.notify();
  }

  private setStatus(next: ConnectionStatus): void {
    const s = this.status;
    if (s.state === next.state && s.synced === next.synced && s.close === next.close) return;
    this.status = next;
    this.notify();
  }
}
