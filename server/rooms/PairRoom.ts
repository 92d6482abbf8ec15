/**
 * One pair's room: the authoritative Y.Doc, a shadow copy used to validate
 * every incoming update before it touches the real document, the awareness
 * of who is here, and the sockets of the partners.
 *
 * An update goes: bounded size → applied to the shadow and validated →
 * appended to the store (durable) → applied to the document → relayed to
 * every partner. A bad update changes nothing but the shadow, which is then
 * rebuilt from the document.
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { initPlanDoc } from '../../shared/doc/planDoc.js';
import { patchSnapshot } from '../../shared/doc/patchSnapshot.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../shared/doc/schema.js';
import { validateTransaction } from '../../shared/doc/validateTransaction.js';
import type { ActivityList } from '../../shared/lists/types.js';
import type { Store, StoredUpdate } from '../store/Store.js';
import { compactState } from '../jobs/compactState.js';
import type { Logger } from '../logger.js';
import type { Relay } from '../cluster/Relay.js';
import type { Metrics } from '../metrics/Metrics.js';

/** Transaction origin of updates and awareness that came from another instance. */
export const RELAY_ORIGIN = Symbol('relay');

/** Bounds on what one room accepts. */
export const ROOM_LIMITS = {
  /** Largest single Yjs update, in bytes (a whole plan is a few KB). */
  updateBytes: 256 * 1024,
  /** Pending (not yet integrable) structs kept before the update is refused. */
  pendingBytes: 64 * 1024,
  /** Stored updates after which a loaded room is compacted into one. */
  compactEvery: 500,
  /**
   * Bytes stored since the last compaction after which a loaded room is
   * compacted in the background, whatever the count: one socket sending
   * 246 KB updates that overwrite one note stored 128 MB in 520 updates
   * (issue "Airtight", finding 2), and a compaction collects all of it but
   * the plan. The threshold grows with the plan ({@link ROOM_LIMITS.compactGrowth}),
   * so a large honest plan is not compacted on every edit.
   */
  compactStoredBytes: 256 * 1024,
  /**
   * A room is compacted again once the bytes stored since its last
   * compaction exceed this many times the compacted state: each compaction
   * costs about what was stored since the last one, so the work stays
   * proportional to the bytes written, and the stored bytes within a small
   * multiple of the plan (plus what arrives during one compaction).
   */
  compactGrowth: 2,
  /**
   * Stored bytes above which a room is compacted in the worker pool before
   * it is loaded: applying tens of megabytes of history on the event loop
   * held every other room for seconds.
   */
  compactOnLoadBytes: 1024 * 1024,
} as const;

/**
 * How long an unchanged presence state may go without being passed on.
 * The server keeps only the identity it issued (see awarenessFilter), so a
 * client's heartbeat or cursor move usually changes nothing a partner can
 * see; it is forwarded only when the state changed or this long after the
 * last forward, well inside y-protocols' 30 s timeout for remote states
 * (clients renew their own every 15 s).
 */
export const PRESENCE_KEEPALIVE_MS = 10_000;

/** Who sent an update: used for author checks and as the transaction origin. */
export interface UpdateSender {
  readonly participantId: string;
  readonly name: string;
}

/** A connected partner: where to send frames, and who they are. */
export interface RoomPeer extends UpdateSender {
  send(frame: Uint8Array): void;
}

/** y-protocols message types. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Where a room's change came from: a partner on this instance, or another instance (through the relay). */
export type ChangeSource = 'here' | 'relay';

/** Why an update was refused. */
export type IngestRefusal = { readonly code: 'invalid' | 'locked' | 'too-large'; readonly reason: string };

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export interface PairRoomOptions {
  readonly key: string;
  readonly list: ActivityList;
  readonly store: Store;
  readonly log: Logger;
  /** Other instances (a no-op relay when there is only one). */
  readonly relay: Relay;
  /** Whether writes are refused right now (the leader locked the plans). */
  readonly isLocked: () => boolean;
  /** Called after each applied change of the plan, and when a partner arrives or leaves. */
  readonly onChange: (room: PairRoom, kind: 'plan' | 'presence', source: ChangeSource) => void;
  /** Unchanged presence is forwarded at most this often (default {@link PRESENCE_KEEPALIVE_MS}). */
  readonly presenceKeepaliveMs?: number;
  /** Where accepted and refused updates, and the tick latency, are counted. */
  readonly metrics?: Metrics;
  /**
   * Compacts stored updates into one state update without their deleted
   * content (the worker pool's `compactState`); in process when absent.
   */
  readonly compactState?: (updates: Uint8Array[]) => Promise<Uint8Array>;
}

/** Whether a transaction added structs or deleted any (as Yjs decides whether to emit 'update'). */
function hasContent(transaction: Y.Transaction): boolean {
  if (transaction.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of transaction.afterState) if (transaction.beforeState.get(client) !== clock) return true;
  return false;
}

/** The people present, in one comparable string (order of arrival does not matter). */
function presentKey(present: readonly { id: string; name: string }[]): string {
  return present.map((p) => JSON.stringify([p.id, p.name])).sort().join();
}

/** Wraps an encoded awareness update as a y-websocket awareness message. */
function toAwarenessFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export class PairRoom {
  readonly doc = initPlanDoc(new Y.Doc());
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private shadow = initPlanDoc(new Y.Doc());
  private queue: Promise<void> = Promise.resolve();
  private storedSinceCompaction = 0;
  /** Bytes of the updates stored since the last compaction. */
  private storedBytesSinceCompaction = 0;
  /** Size of the state the last compaction stored (0: never compacted here). */
  private compactedBytes = 0;
  private compacting: Promise<void> | null = null;
  /** Accepted updates not yet applied to the document (stored or being stored). */
  private readonly inflight = new Set<Uint8Array>();
  private failed = false;
  private unsubscribeRelay: () => void = () => undefined;
  /** The plan as of the last transaction, patched key by key (see patchSnapshot). */
  private plan: PlanSnapshot = EMPTY_SNAPSHOT;
  /** Whether the document's last transaction added or deleted anything. */
  private lastApplyChanged = false;
  /** Awareness client ids whose state changed in the update being emitted. */
  private readonly presenceChanged = new Set<number>();
  /** When each awareness client's state was last passed on to the partners. */
  private readonly presenceForwardedAt = new Map<number, number>();
  /** Who is here, as {@link presentKey} spells it: a change of it is a presence change. */
  private present = '';

  /** The partners connected to this room on this instance. */
  readonly peers = new Set<RoomPeer>();

  private constructor(private readonly options: PairRoomOptions) {
    this.awareness.setLocalState(null);
    this.doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.plan = patchSnapshot(this.plan, this.doc, transaction);
      this.lastApplyChanged = hasContent(transaction);
    });
    // y-protocols emits 'change' (states that differ) before 'update' (every state touched).
    this.awareness.on('change', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      for (const id of [...added, ...updated, ...removed]) this.presenceChanged.add(id);
      // A cursor moving changes nothing the dashboards show: only who is here does.
      const present = presentKey(this.presentParticipants());
      if (present === this.present) return;
      this.present = present;
      options.onChange(this, 'presence', origin === RELAY_ORIGIN ? 'relay' : 'here');
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.forwardPresence(change, origin));
  }

  /** Passes presence on to the partners here and (when it started here) to other instances. */
  private forwardPresence({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const now = Date.now();
    const keepalive = this.options.presenceKeepaliveMs ?? PRESENCE_KEEPALIVE_MS;
    // Another instance already held back what was unchanged: pass on all it sent.
    const due = origin === RELAY_ORIGIN
      ? updated
      : updated.filter((id) => this.presenceChanged.has(id) || now - (this.presenceForwardedAt.get(id) ?? 0) >= keepalive);
    this.presenceChanged.clear();
    for (const id of [...added, ...due]) this.presenceForwardedAt.set(id, now);
    for (const id of removed) this.presenceForwardedAt.delete(id);
    const ids = [...added, ...due, ...removed];
    if (ids.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    this.relay(toAwarenessFrame(update), null);
    if (origin !== RELAY_ORIGIN) this.options.relay.publishRoom(this.options.key, 'awareness', update);
  }

  /**
   * Applies a stored update to the document and, if it changed anything,
   * passes it on to the partners here as it came (other instances and the
   * store already have it in those bytes), and tells the dashboards. The
   * update's own bytes are relayed rather than Yjs's re-encoding of the
   * transaction, which nobody else needs (no 'update' listener: no encoding).
   */
  private applyToDoc(update: Uint8Array, origin: unknown): void {
    Y.applyUpdate(this.doc, update, origin);
    if (!this.lastApplyChanged) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.relay(encoding.toUint8Array(encoder), origin);
    this.options.onChange(this, 'plan', origin === RELAY_ORIGIN ? 'relay' : 'here');
  }

  /** Applies an update another instance accepted and stored. */
  applyRemote(update: Uint8Array): void {
    try {
      Y.applyUpdate(this.shadow, update, RELAY_ORIGIN);
      this.applyToDoc(update, RELAY_ORIGIN);
    } catch (error) {
      this.options.log.error({ room: this.options.key, err: (error as Error).message }, 'relayed update could not be applied');
    }
  }

  /** Applies presence from another instance. */
  applyRemoteAwareness(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAY_ORIGIN);
    } catch (error) {
      this.options.log.error({ room: this.options.key, err: (error as Error).message }, 'relayed awareness could not be applied');
    }
  }

  /**
   * Renews a presence state that has not changed since it was last applied
   * (a heartbeat): its clock and time move on as y-protocols'
   * `applyAwarenessUpdate` would move them, without decoding the state again
   * or replacing it, and it is forwarded when the keep-alive is due. Returns
   * `false` when the state is not held here, so the caller applies it in full.
   */
  renewPresence(clientId: number, clock: number): boolean {
    const meta = this.awareness.meta.get(clientId);
    if (!meta || !this.awareness.states.has(clientId)) return false;
    // An old or repeated clock is ignored, as y-protocols ignores it.
    if (clock <= meta.clock) return true;
    meta.clock = clock;
    meta.lastUpdated = Date.now();
    this.forwardPresence({ added: [], updated: [clientId], removed: [] }, null);
    return true;
  }

  /** Adds a connected partner. */
  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
  }

  /** Removes a partner who left. */
  removePeer(peer: RoomPeer): void {
    this.peers.delete(peer);
  }

  /** Sends a frame to every peer except `origin`. */
  relay(frame: Uint8Array, origin: unknown): void {
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
  }

  /** An awareness frame for `clientIds` (all known states by default). */
  awarenessFrame(clientIds: number[] = [...this.awareness.getStates().keys()]): Uint8Array {
    return toAwarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
  }

  /**
   * The participants in the room now, on any instance (unique by id): the
   * awareness states, whose `user` the server wrote from the session.
   */
  presentParticipants(): { id: string; name: string }[] {
    const byId = new Map<string, string>();
    for (const state of this.awareness.getStates().values()) {
      const user = (state as { user?: { id?: unknown; name?: unknown } }).user;
      if (typeof user?.id === 'string' && typeof user.name === 'string') byId.set(user.id, user.name);
    }
    return [...byId].map(([id, name]) => ({ id, name }));
  }

  /**
   * Loads a room from the store. It subscribes to the other instances first
   * and holds what they send until the stored state is in, so an update
   * stored between the two steps is not missed (applying twice is harmless).
   */
  static async load(options: PairRoomOptions): Promise<PairRoom> {
    const room = new PairRoom(options);
    const early: (() => void)[] = [];
    let loaded = false;
    room.unsubscribeRelay = await options.relay.subscribeRoom(options.key, {
      update: (u) => (loaded ? room.applyRemote(u) : early.push(() => room.applyRemote(u))),
      awareness: (u) => (loaded ? room.applyRemoteAwareness(u) : early.push(() => room.applyRemoteAwareness(u))),
    });
    const updates = await options.store.loadUpdates(options.key).catch((error: unknown) => {
      room.unsubscribeRelay();
      throw error;
    });
    if (updates.length > 0) {
      const merged = await room.mergeStored(updates);
      room.applyToDoc(merged, 'store');
      Y.applyUpdate(room.shadow, merged, 'store');
    }
    loaded = true;
    for (const apply of early) apply();
    return room;
  }

  get key(): string {
    return this.options.key;
  }

  /** The room's plan as a plain, immutable snapshot (kept up to date by every transaction). */
  snapshot(): PlanSnapshot {
    return this.plan;
  }

  /**
   * Validates an update synchronously and, when it is acceptable, stores it
   * and applies it in arrival order. Returns the refusal, or `null` with a
   * promise that settles once the update is applied (and so relayed).
   */
  ingest(update: Uint8Array, sender: UpdateSender): { refusal: IngestRefusal } | { refusal: null; applied: Promise<void> } {
    const arrived = performance.now();
    const { metrics } = this.options;
    const refuse = (refusal: IngestRefusal): { refusal: IngestRefusal } => {
      if (metrics) metrics.updatesRefused++;
      return { refusal };
    };
    if (this.failed) return refuse({ code: 'invalid', reason: 'room is unavailable' });
    if (update.byteLength > ROOM_LIMITS.updateBytes) {
      return refuse({ code: 'too-large', reason: `update larger than ${ROOM_LIMITS.updateBytes} bytes` });
    }
    const check = this.checkOnShadow(update, sender);
    if (check.refusal) {
      this.rebuildShadow();
      return refuse(check.refusal);
    }
    if (!check.changed) return { refusal: null, applied: this.queue };
    this.inflight.add(update);
    const stored = this.options.store.appendUpdate(this.options.key, update);
    this.queue = this.queue.then(async () => {
      try {
        if (this.failed) throw new Error('room is unavailable');
        await stored;
      } catch (error) {
        this.failed = true;
        this.options.log.error({ room: this.options.key, err: error }, 'store failed; room closed');
        throw error;
      } finally {
        this.inflight.delete(update);
      }
      this.countStored(update);
      this.applyToDoc(update, sender);
      if (metrics) {
        metrics.updatesAccepted++;
        metrics.tickRelay.observe(performance.now() - arrived);
      }
      if (this.needsCompaction) this.compactInBackground();
      this.options.relay.publishRoom(this.options.key, 'update', update);
    });
    return { refusal: null, applied: this.queue };
  }

  /** Applies `update` to the shadow and validates what it changed. */
  private checkOnShadow(update: Uint8Array, sender: UpdateSender): { refusal: IngestRefusal | null; changed: boolean } {
    let problem: string | null = null;
    let changed = false;
    const author = { id: sender.participantId, name: sender.name };
    const onAfter = (tr: Y.Transaction): void => {
      if (tr.changed.size > 0 || tr.deleteSet.clients.size > 0) changed = true;
      problem ??= validateTransaction(this.shadow, tr, { list: this.options.list, author });
    };
    this.shadow.on('afterTransaction', onAfter);
    try {
      Y.applyUpdate(this.shadow, update, sender);
    } catch (error) {
      problem = `update could not be decoded: ${(error as Error).message.slice(0, 80)}`;
    } finally {
      this.shadow.off('afterTransaction', onAfter);
    }
    if (problem) return { refusal: { code: 'invalid', reason: problem }, changed };
    const pending = this.shadow.store.pendingStructs?.update.byteLength ?? 0;
    const pendingDs = this.shadow.store.pendingDs?.byteLength ?? 0;
    if (pending + pendingDs > ROOM_LIMITS.pendingBytes) {
      return { refusal: { code: 'invalid', reason: 'too many updates with missing dependencies' }, changed };
    }
    if (changed && this.options.isLocked()) {
      return { refusal: { code: 'locked', reason: 'plans are locked' }, changed };
    }
    return { refusal: null, changed };
  }

  /** Makes the shadow an exact copy of the document plus the accepted updates still in flight. */
  private rebuildShadow(): void {
    this.shadow.destroy();
    this.shadow = initPlanDoc(new Y.Doc());
    Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.doc), 'rebuild');
    for (const update of this.inflight) Y.applyUpdate(this.shadow, update, 'rebuild');
  }

  /** Resolves once every accepted update is stored and applied. */
  async drain(): Promise<void> {
    await this.queue.catch(() => undefined);
  }

  /** Counts a stored update towards the next compaction. */
  private countStored(update: Uint8Array): void {
    this.storedSinceCompaction++;
    this.storedBytesSinceCompaction += update.byteLength;
  }

  /**
   * Whether the room should be compacted now: many updates stored, or more
   * bytes than {@link ROOM_LIMITS.compactStoredBytes} (and than
   * {@link ROOM_LIMITS.compactGrowth} times the compacted state).
   */
  get needsCompaction(): boolean {
    const byteBudget = Math.max(ROOM_LIMITS.compactStoredBytes, ROOM_LIMITS.compactGrowth * this.compactedBytes);
    return this.storedSinceCompaction >= ROOM_LIMITS.compactEvery || this.storedBytesSinceCompaction > byteBudget;
  }

  /** Compacts a busy room without holding up its updates (one compaction at a time). */
  private compactInBackground(): void {
    if (this.compacting) return;
    this.compacting = this.compactNow()
      .then(
        () => true,
        (error: unknown) => {
          this.options.log.warn({ room: this.options.key, err: error }, 'compaction failed; updates kept as they are');
          return false;
        },
      )
      .then((done) => {
        this.compacting = null;
        // What arrived during this compaction may already be over the budget (a failed one waits for the next update).
        if (done && this.needsCompaction && !this.failed) this.compactInBackground();
      });
  }

  /** The state of `updates` without deleted content, in the worker pool when one is given. */
  private compactStored(updates: Uint8Array[]): Promise<Uint8Array> {
    return this.options.compactState ? this.options.compactState(updates) : Promise.resolve(compactState(updates));
  }

  /**
   * The stored updates as one update, for loading. A room with more than
   * {@link ROOM_LIMITS.compactOnLoadBytes} stored is compacted first (off
   * the event loop, when there is a pool) and stored compacted.
   */
  private async mergeStored(updates: readonly StoredUpdate[]): Promise<Uint8Array> {
    const bytes = updates.reduce((n, u) => n + u.data.byteLength, 0);
    this.storedSinceCompaction = updates.length;
    this.storedBytesSinceCompaction = bytes;
    if (bytes <= ROOM_LIMITS.compactOnLoadBytes) return Y.mergeUpdates(updates.map((u) => u.data));
    const state = await this.compactStored(updates.map((u) => u.data));
    await this.options.store.compactUpdates(this.options.key, state, updates[updates.length - 1].id);
    this.storedSinceCompaction = 1;
    this.storedBytesSinceCompaction = 0;
    this.compactedBytes = state.byteLength;
    return state;
  }

  /**
   * Replaces the stored updates by one state update without their deleted
   * content (see compactState), computed in the worker pool when one is given;
   * after any background compaction under way (one at a time per room).
   */
  async compact(): Promise<void> {
    while (this.compacting) await this.compacting;
    await this.compactNow();
  }

  private async compactNow(): Promise<void> {
    await this.drain();
    if (this.failed) return;
    // What is stored from here on is counted towards the next compaction.
    const count = this.storedSinceCompaction;
    const bytes = this.storedBytesSinceCompaction;
    const stored = await this.options.store.loadUpdates(this.options.key);
    if (stored.length <= 1) {
      // Nothing to merge (another instance compacted, say): start counting afresh.
      this.storedSinceCompaction = Math.max(stored.length, this.storedSinceCompaction - count + stored.length);
      this.storedBytesSinceCompaction = Math.max(0, this.storedBytesSinceCompaction - bytes);
      this.compactedBytes = stored[0]?.data.byteLength ?? 0;
      return;
    }
    const throughId = stored[stored.length - 1].id;
    const state = await this.compactStored(stored.map((u) => u.data));
    await this.options.store.compactUpdates(this.options.key, state, throughId);
    this.storedSinceCompaction = Math.max(1, this.storedSinceCompaction - count + 1);
    this.storedBytesSinceCompaction = Math.max(0, this.storedBytesSinceCompaction - bytes);
    this.compactedBytes = state.byteLength;
  }

  /** Frees the documents. */
  destroy(): void {
    this.unsubscribeRelay();
    this.awareness.destroy();
    this.doc.destroy();
    this.shadow.destroy();
  }
}
