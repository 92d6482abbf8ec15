/**
 * One pair's room: the authoritative Y.Doc, the awareness of who is here,
 * and the sockets of the partners.
 *
 * An update goes: bounded size → applied to the document and validated
 * there, transaction by transaction → appended to the store (durable) →
 * relayed to every partner and other instance, as its own bytes. A bad
 * update is undone by rebuilding the document from its last checkpoint and
 * the updates accepted since (kept for that: a few KB per room), so
 * nothing of it is stored, relayed or shown.
 *
 * One document, not two: until issue 17 every update was applied to a
 * shadow copy for judging and again to the document once stored, and the
 * second application was a seventh of the server's time at 1,000 pairs and
 * half of every room's memory. The document now holds an accepted update
 * for the moment it takes to store it (one event-loop turn with SQLite):
 * nothing is relayed and no sync reply is sent from it until it is stored
 * ({@link PairRoom.whenStored}); if storing fails, the room refuses
 * everything and is unloaded (see failStore).
 */
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { docVersion, migrationUpdate } from '../../shared/doc/migrate.js';
import { initPlanDoc } from '../../shared/doc/planDoc.js';
import { patchSnapshot } from '../../shared/doc/patchSnapshot.js';
import { DOC_VERSION, EMPTY_SNAPSHOT, type PlanSnapshot } from '../../shared/doc/schema.js';
import { freshTransactionList } from '../gc/youngGeneration.js';
import { encodeDeletions, validateTransaction, type TransactionProblem, type ValidationContext } from '../../shared/doc/validateTransaction.js';
import type { RuleRefusal } from '../../shared/rules/ruleRefusals.js';
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import type { Store, StoredUpdate } from '../store/Store.js';
import { compactState } from '../jobs/compactState.js';
import { toLoggedError, type Logger } from '../logger.js';
import type { Relay } from '../cluster/Relay.js';
import type { Metrics } from '../metrics/Metrics.js';
import { coalesce } from './coalesce.js';
import { serverDoc } from './serverDoc.js';

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
 * Resyncs of one room from the store begin at least this far apart: a flood
 * of relay gaps (or of updates with missing dependencies) is a few store
 * reads, not one per frame.
 */
export const RESYNC_MIN_INTERVAL_MS = 250;

/**
 * How long an unchanged presence state may go without being passed on.
 * The server keeps only the identity it issued (see awarenessFilter), so a
 * client's heartbeat or cursor move usually changes nothing a partner can
 * see; it is forwarded only when the state changed or this long after the
 * last forward, well inside y-protocols' 30 s timeout for remote states
 * (clients renew their own every 15 s).
 */
export const PRESENCE_KEEPALIVE_MS = 10_000;

/** Awareness ids whose owner a room remembers (a few per person who ever came). */
const PRESENCE_OWNERS_MAX = 64;

/** Who sent an update: used for author checks and as the transaction origin. */
export interface UpdateSender {
  readonly participantId: string;
  readonly name: string;
}

/** The server's own writes (the leader's answer to a help request): judged with no author, and not refused by the lock. */
export const SERVER_SENDER: UpdateSender = Object.freeze({ participantId: '', name: '' });

/** A connected partner: where to send frames, and who they are. */
export interface RoomPeer extends UpdateSender {
  send(frame: Uint8Array): void;
  /** Closes the peer's socket with a named code (when the room is unloaded after a store failure). */
  close(code: number, reason: string): void;
}

/** y-protocols message types. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** Where a room's change came from: a partner on this instance, or another instance (through the relay). */
export type ChangeSource = 'here' | 'relay';

/** Why an update was refused (the connection is closed). */
export type IngestRefusal = { readonly code: 'invalid' | 'locked' | 'too-large' | 'store-failed'; readonly reason: string };

/** Why part of an accepted update was undone (the connection stays). */
export interface RuleUndo {
  readonly rule: RuleRefusal;
  readonly reason: string;
}

/** What `ingest` answers. */
export type IngestResult =
  | { readonly refusal: IngestRefusal; readonly deferred?: undefined }
  | { readonly refusal: null; readonly applied: Promise<void>; readonly undone: RuleUndo | null; readonly deferred?: undefined }
  /** The room is catching up with the store first; the answer comes later. */
  | { readonly deferred: Promise<IngestResult>; readonly refusal?: undefined };

type DocProblem = TransactionProblem | { readonly kind: 'locked'; readonly reason: string };

/** What the transactions of one update found, while it is applied. */
interface Judging {
  readonly doc: Y.Doc;
  readonly ctx: ValidationContext;
  problem: DocProblem | null;
  changed: boolean;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}

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
  /** The workshop's rules now (the leader may change them while it runs). */
  readonly rules: () => Rules;
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
  /**
   * Called once when storing an update failed: the room refuses every update
   * from then on, and must be unloaded so the next connection reloads it
   * from the store (see {@link PairRoom.failStore}).
   */
  readonly onStoreFailed: (room: PairRoom) => void;
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

/**
 * Accepted updates after which the document's state is taken again as the
 * checkpoint a refused update is undone from (see {@link PairRoom.rebuild}):
 * few enough that a rebuild applies a handful of updates and the room keeps
 * a few KB of them, many enough that the checkpoint is rarely encoded.
 */
export const CHECKPOINT_EVERY = 64;

/** The update of an empty document. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(serverDoc());

export class PairRoom {
  private current = initPlanDoc(serverDoc());
  /**
   * Presence, on a document of its own: the plan's document is replaced when
   * a refused update is undone, and awareness only needs a client id.
   */
  readonly awareness = new awarenessProtocol.Awareness(serverDoc());
  /** The document's state at the last checkpoint (null: empty), and every update applied to it since, in order. */
  private checkpoint: Uint8Array | null = null;
  private sinceCheckpoint: Uint8Array[] = [];
  /** Accepted updates the document holds that are not stored yet (see {@link whenStored}). */
  private unstored = 0;
  /** The plan as it was before the first of the {@link unstored} updates: what {@link snapshot} shows meanwhile. */
  private storedPlan: PlanSnapshot = EMPTY_SNAPSHOT;
  private queue: Promise<void> = Promise.resolve();
  /** Set while the room catches up with the store before judging an update again. */
  private holding: Promise<void> | null = null;
  private storedSinceCompaction = 0;
  /** Bytes of the updates stored since the last compaction. */
  private storedBytesSinceCompaction = 0;
  /** Size of the state the last compaction stored (0: never compacted here). */
  private compactedBytes = 0;
  private compacting: Promise<void> | null = null;
  private failed = false;
  private destroyed = false;
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
  /** Leaders watching this room from this instance (WatchConnection). */
  private watching = 0;

  /** The partners connected to this room on this instance. */
  readonly peers = new Set<RoomPeer>();
  /**
   * Who owns each awareness client id: the participant, and the connection
   * here that claimed it (`null` once it left, or when it is on another
   * instance). Kept after a connection leaves, so nobody else can take the
   * id over and be refused to its owner when they come back.
   */
  private readonly presenceOwners = new Map<number, { participantId: string; peer: RoomPeer | null }>();

  private constructor(private readonly options: PairRoomOptions) {
    this.awareness.setLocalState(null);
    this.watchDoc(this.current);
    // y-protocols emits 'change' (states that differ) before 'update' (every state touched).
    this.awareness.on('change', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      for (const id of [...added, ...updated, ...removed]) this.presenceChanged.add(id);
      if (origin === RELAY_ORIGIN) this.notePresenceOwners([...added, ...updated]);
      // A cursor moving changes nothing the dashboards show: only who is here does.
      const present = presentKey(this.presentParticipants());
      if (present === this.present) return;
      this.present = present;
      options.onChange(this, 'presence', origin === RELAY_ORIGIN ? 'relay' : 'here');
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.forwardPresence(change, origin));
  }

  /** The room's plan document: the partners' state, with what is being stored. */
  get doc(): Y.Doc {
    return this.current;
  }

  /** Keeps the plan snapshot and the change flag up to date with `doc`'s transactions. */
  private watchDoc(doc: Y.Doc): void {
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.plan = patchSnapshot(this.plan, doc, transaction);
      this.lastApplyChanged = hasContent(transaction);
    });
  }

  /** `update` is part of the document from now on (accepted, relayed or loaded): kept until the next checkpoint. */
  private remember(update: Uint8Array): void {
    this.sinceCheckpoint.push(update);
    if (this.sinceCheckpoint.length < CHECKPOINT_EVERY) return;
    this.checkpoint = Y.encodeStateAsUpdate(this.current);
    this.sinceCheckpoint = [];
  }

  /**
   * Undoes what a refused update did: the document is made again from the
   * checkpoint and the updates accepted since, and the plan snapshot with it.
   */
  private rebuild(): void {
    const doc = initPlanDoc(serverDoc());
    this.plan = EMPTY_SNAPSHOT;
    this.watchDoc(doc);
    if (this.checkpoint) Y.applyUpdate(doc, this.checkpoint, 'rebuild');
    for (const update of this.sinceCheckpoint) Y.applyUpdate(doc, update, 'rebuild');
    this.current.destroy();
    this.current = doc;
  }

  /** Passes presence on to the partners here and (when it started here) to other instances. */
  private forwardPresence({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const now = Date.now();
    const keepalive = this.options.presenceKeepaliveMs ?? PRESENCE_KEEPALIVE_MS;
    // Another instance already held back what was unchanged: pass on all it sent.
    const due = origin === RELAY_ORIGIN
      ? updated
      : updated.filter((id) => this.presenceChanged.has(id) || now - (this.presenceForwardedAt.get(id) ?? 0) >= keepalive);
    // Only when it holds something (a heartbeat leaves it empty): V8's Set#clear makes a new table even for an
    // empty set, and the room's long-lived Set then holds it until it is promoted, one table per heartbeat.
    if (this.presenceChanged.size > 0) this.presenceChanged.clear();
    for (const id of [...added, ...due]) this.presenceForwardedAt.set(id, now);
    for (const id of removed) this.presenceForwardedAt.delete(id);
    const ids = [...added, ...due, ...removed];
    if (ids.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids);
    this.relay(toAwarenessFrame(update), null);
    if (origin !== RELAY_ORIGIN) this.options.relay.publishRoom(this.options.key, 'awareness', update);
  }

  /**
   * Applies an update that needs no judging (stored, or accepted by another
   * instance) to the document and, if it changed anything, relays it.
   */
  private applyToDoc(update: Uint8Array, origin: unknown): void {
    freshTransactionList(this.current);
    Y.applyUpdate(this.current, update, origin);
    if (!this.lastApplyChanged) return;
    this.remember(update);
    this.relayUpdate(update, origin, origin);
  }

  /**
   * Passes an update the document holds on to the partners here as it came
   * (other instances and the store already have it in those bytes), and
   * tells the dashboards. The update's own bytes are relayed rather than
   * Yjs's re-encoding of the transaction, which nobody else needs (no
   * 'update' listener: no encoding).
   */
  private relayUpdate(update: Uint8Array, origin: unknown, except: unknown): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeUpdate(encoder, update);
    this.relay(encoding.toUint8Array(encoder), except);
    this.options.onChange(this, 'plan', origin === RELAY_ORIGIN ? 'relay' : 'here');
  }

  /**
   * Applies an update another instance accepted and stored. When it leaves
   * structs or deletions waiting for a dependency, a relayed frame was
   * missed (issue "Airtight", finding 4: pending structs piled up and the
   * partner's own edits were refused): the room catches up from the store
   * at once rather than keep them.
   */
  applyRemote(update: Uint8Array): void {
    try {
      this.applyToDoc(update, RELAY_ORIGIN);
    } catch (error) {
      this.options.log.error({ room: this.options.key, err: (error as Error).message }, 'relayed update could not be applied');
    }
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) void this.resyncFromStore();
  }

  /**
   * Catches up with the store: applies to the document what
   * the stored updates hold and the document lacks (stored content was
   * validated by the instance that stored it) and passes it on to the
   * partners here. For when the relay may have missed frames, or an update
   * refers to content this room never saw. It runs in the room's queue,
   * never between an accepted update's store and its apply; requests
   * coalesce, and resyncs begin at least {@link RESYNC_MIN_INTERVAL_MS}
   * apart. Resolves once caught up (never rejects: a failed read is logged).
   */
  resyncFromStore(): Promise<void> {
    return this.requestResync();
  }

  private readonly requestResync = coalesce(async (begin) => {
    const run = this.queue.then(async () => {
      if (this.failed || this.destroyed) return;
      begin();
      try {
        await this.catchUpWithStore();
      } catch (error) {
        this.options.log.warn({ room: this.options.key, err: error }, 'resync from the store failed');
      }
    });
    this.queue = run;
    await run.catch(() => undefined);
  }, RESYNC_MIN_INTERVAL_MS);

  private async catchUpWithStore(): Promise<void> {
    const stored = await this.options.store.loadUpdates(this.options.key);
    if (this.destroyed || stored.length === 0) return;
    const missing = Y.diffUpdate(Y.mergeUpdates(stored.map((u) => u.data)), Y.encodeStateVector(this.current));
    this.applyToDoc(missing, RELAY_ORIGIN);
    if (this.lastApplyChanged) this.options.log.info({ room: this.options.key }, 'room caught up with the store');
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

  /** The workshop's rules now. */
  rules(): Rules {
    return this.options.rules();
  }

  /**
   * Lets `peer` control awareness client id `clientId` in this room: the
   * first connection to claim an id owns it; a newer connection of the same
   * participant (a reconnect, another tab) takes it over; anyone else is
   * refused, their state and their removal of it alike.
   */
  claimPresence(clientId: number, peer: RoomPeer): boolean {
    // The room's own id carries "the leader is watching" (see watch): nobody else's.
    if (clientId === this.awareness.clientID) return false;
    const owner = this.presenceOwners.get(clientId);
    if (owner?.peer === peer) return true;
    if (owner && owner.participantId !== peer.participantId) return false;
    if (!owner && this.presenceOwners.size >= PRESENCE_OWNERS_MAX) this.forgetOldestPresenceOwner();
    this.presenceOwners.delete(clientId);
    this.presenceOwners.set(clientId, { participantId: peer.participantId, peer });
    return true;
  }

  /** The awareness ids `peer` still owns as it leaves (their states are to be removed). */
  releasePresence(peer: RoomPeer): number[] {
    const owned: number[] = [];
    for (const [clientId, owner] of this.presenceOwners) {
      if (owner.peer !== peer) continue;
      owner.peer = null;
      owned.push(clientId);
    }
    return owned;
  }

  /** Presence that came from another instance names its owner (that instance wrote `user.id` from the session). */
  private notePresenceOwners(clientIds: readonly number[]): void {
    for (const clientId of clientIds) {
      const user = (this.awareness.getStates().get(clientId) as { user?: { id?: unknown } } | undefined)?.user;
      if (typeof user?.id !== 'string' || this.presenceOwners.has(clientId)) continue;
      if (this.presenceOwners.size >= PRESENCE_OWNERS_MAX) this.forgetOldestPresenceOwner();
      this.presenceOwners.set(clientId, { participantId: user.id, peer: null });
    }
  }

  private forgetOldestPresenceOwner(): void {
    for (const [clientId, owner] of this.presenceOwners) {
      if (owner.peer !== null) continue;
      this.presenceOwners.delete(clientId);
      return;
    }
  }

  /**
   * A leader started (`+1`) or stopped (`-1`) watching from this instance.
   * Partners learn it from the room's own presence state,
   * `{ leader: { watching: n } }` (no `user`: nobody counts it as a
   * partner), which reaches other instances as any presence does.
   */
  watch(delta: 1 | -1): void {
    this.watching = Math.max(0, this.watching + delta);
    this.awareness.setLocalState(this.watching > 0 ? { leader: { watching: this.watching } } : null);
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
   * When the relay says it may have missed frames, the room resyncs from
   * the store (after loading, if it is still loading).
   */
  static async load(options: PairRoomOptions): Promise<PairRoom> {
    const room = new PairRoom(options);
    const early: (() => void)[] = [];
    let loaded = false;
    room.unsubscribeRelay = await options.relay.subscribeRoom(options.key, {
      update: (u) => (loaded ? room.applyRemote(u) : early.push(() => room.applyRemote(u))),
      awareness: (u) => (loaded ? room.applyRemoteAwareness(u) : early.push(() => room.applyRemoteAwareness(u))),
      resync: () => (loaded ? void room.resyncFromStore() : early.push(() => void room.resyncFromStore())),
    });
    const updates = await options.store.loadUpdates(options.key).catch((error: unknown) => {
      room.unsubscribeRelay();
      throw error;
    });
    const merged = updates.length > 0 ? await room.mergeStored(updates) : null;
    // Nobody is in the room yet: the stored state goes in as it is, and says which schema version it was stored at.
    let changed = false;
    if (merged) {
      Y.applyUpdate(room.current, merged, 'store');
      changed = room.lastApplyChanged;
      room.checkpoint = merged;
    }
    // A room stored at an older version is migrated once, and the migration stored before anyone sees the room.
    const migration = docVersion(room.current) < DOC_VERSION ? migrationUpdate(merged ?? EMPTY_UPDATE) : null;
    if (migration) {
      await options.store.appendUpdate(options.key, migration).catch((error: unknown) => {
        room.unsubscribeRelay();
        throw error;
      });
      room.storedSinceCompaction += 1;
      room.storedBytesSinceCompaction += migration.byteLength;
      Y.applyUpdate(room.current, migration, 'store');
      changed ||= room.lastApplyChanged;
      room.remember(migration);
    }
    if (changed) options.onChange(room, 'plan', 'here');
    loaded = true;
    for (const apply of early) apply();
    return room;
  }

  get key(): string {
    return this.options.key;
  }

  /**
   * Calls `answer` with the document at a moment when everything it holds is
   * stored: at once, usually; else once the updates being stored are (never,
   * if storing failed: the room is unloaded and its sockets closed). For
   * answering a sync step 1: the document holds an accepted update from
   * judging until its write, and a partner handed it then would keep what
   * the store may lose, authored by their partner, and be refused for
   * sending it back (`tests/integration/storeFailure.test.ts`).
   */
  whenStored(answer: (doc: Y.Doc) => void): void {
    if (this.unstored === 0) return answer(this.current);
    void this.queue
      .catch(() => undefined)
      .then(() => {
        if (!this.failed && !this.destroyed) this.whenStored(answer);
      });
  }

  /**
   * The room's plan as a plain, immutable snapshot (kept up to date by every
   * transaction), without what is not stored yet: while an accepted update
   * is being stored, the plan as it was before it (so a dashboard that
   * refreshes meanwhile, for a partner arriving, never shows a tick the
   * store may lose; the next change's refresh shows the rest), and after a
   * failed write the plan as it was before it, until the room is unloaded.
   */
  snapshot(): PlanSnapshot {
    return this.unstored === 0 && !this.failed ? this.plan : this.storedPlan;
  }

  /**
   * Validates an update synchronously and, when it is acceptable, stores it
   * and applies it in arrival order. Returns the refusal, or `null` with a
   * promise that settles once the update is applied (and so relayed).
   *
   * A rule refusal (a choice past the maximum, an agreement to a plan that
   * breaks the rules) is not a refusal of the connection: the update is
   * accepted together with the deletion of exactly the items that broke the
   * rule, so the net effect keeps the plan as it was; that combined update
   * goes to every partner, the sender included (whose copy then drops the
   * items too), and `undone` says why.
   */
  ingest(update: Uint8Array, sender: UpdateSender): IngestResult {
    // While the room catches up with the store, updates wait, in arrival order.
    if (this.holding) return { deferred: this.holding.then(() => this.ingestNow(update, sender, false)) };
    return this.ingestNow(update, sender, true);
  }

  /**
   * With other instances, a refused update may only be ahead of this room:
   * content this instance missed (a relay frame lost when an instance died)
   * that a partner who moved here still holds. Before refusing, the room
   * catches up with the store once and judges the update again; updates
   * that arrive meanwhile wait behind it.
   */
  private retryAfterCatchingUp(update: Uint8Array, sender: UpdateSender): IngestResult {
    const hold: Promise<void> = this.resyncFromStore().finally(() => {
      if (this.holding === hold) this.holding = null;
    });
    this.holding = hold;
    return { deferred: hold.then(() => this.ingestNow(update, sender, false)) };
  }

  /** Counts a refusal and answers it (made once per room: under tsx a closure made per update was named each time). */
  private readonly refuse = (refusal: IngestRefusal): { refusal: IngestRefusal } => {
    if (this.options.metrics) this.options.metrics.updatesRefused++;
    return { refusal };
  };

  /** The plan as the rules read it: the snapshot the document's listener keeps patched. */
  private readonly currentPlan = (): PlanSnapshot => this.plan;

  /** The update being checked (see checkOnDoc; never nested: applying an update starts no other check). */
  private judging: Judging | null = null;

  /**
   * Judges each transaction of the update being checked. One handler per
   * room, registered for the length of one update, instead of a closure
   * per update (under tsx each such closure also had its name defined).
   */
  private readonly judgeTransaction = (tr: Y.Transaction): void => {
    const judging = this.judging;
    if (!judging) return;
    if (tr.changed.size > 0 || tr.deleteSet.clients.size > 0) judging.changed = true;
    const found = validateTransaction(judging.doc, tr, judging.ctx);
    // An invalid change outweighs a rule refusal found earlier.
    const { problem } = judging;
    if (found && (problem === null || (problem.kind === 'rule' && found.kind === 'invalid'))) judging.problem = found;
  };

  private ingestNow(update: Uint8Array, sender: UpdateSender, mayRetry: boolean): IngestResult {
    const arrived = performance.now();
    const { metrics } = this.options;
    const refuse = this.refuse;
    if (this.failed) return refuse({ code: 'store-failed', reason: 'saving failed; retrying' });
    if (update.byteLength > ROOM_LIMITS.updateBytes) {
      return refuse({ code: 'too-large', reason: `update larger than ${ROOM_LIMITS.updateBytes} bytes` });
    }
    const planBefore = this.plan;
    let check = this.checkOnDoc(update, sender);
    let undone: RuleUndo | null = null;
    if (check.problem?.kind === 'rule') {
      // Undo just the items that broke the rule, and judge the combined update again.
      const { rule, reason, undo } = check.problem;
      this.rebuild();
      update = Y.mergeUpdates([update, encodeDeletions(undo)]);
      check = this.checkOnDoc(update, sender);
      if (check.problem) check = { ...check, problem: { kind: 'invalid', reason } };
      undone = { rule, reason };
    }
    if (check.problem) {
      this.rebuild();
      if (mayRetry && check.problem.kind === 'invalid' && this.options.relay.instanceId !== 'local') return this.retryAfterCatchingUp(update, sender);
      return refuse({ code: check.problem.kind === 'locked' ? 'locked' : 'invalid', reason: check.problem.reason });
    }
    if (!check.changed) return { refusal: null, applied: this.queue, undone: null };
    const accepted = update;
    this.remember(accepted);
    if (this.unstored++ === 0) this.storedPlan = planBefore;
    const stored = this.options.store.appendUpdate(this.options.key, accepted);
    // Awaited below unless an earlier update's failure stopped the queue: then it must not go unhandled (a crash).
    stored.then(() => metrics?.updateStored.observe(performance.now() - arrived), () => undefined);
    this.queue = this.queue.then(async () => {
      try {
        if (this.failed) throw new Error('room is unavailable');
        await stored;
      } catch (error) {
        this.failStore(error);
        throw error;
      } finally {
        this.unstored--;
      }
      this.countStored(accepted);
      // An undone update goes back to its sender too: their copy must drop what was undone.
      this.relayUpdate(accepted, sender, undone ? null : sender);
      if (metrics) {
        if (undone) metrics.updatesUndone++;
        else metrics.updatesAccepted++;
        metrics.tickRelay.observe(performance.now() - arrived);
      }
      if (this.needsCompaction) this.compactInBackground();
      this.options.relay.publishRoom(this.options.key, 'update', accepted);
    });
    return { refusal: null, applied: this.queue, undone };
  }

  /**
   * A change the server makes itself (issue 14: the leader acknowledges or
   * clears a help request): `change` edits a copy of the document, and what
   * it changed goes the way a partner's update goes — judged on the document
   * (with no author), stored, applied, relayed to every partner and every
   * instance. Resolves once it is stored and applied; `false` when `change`
   * changed nothing.
   */
  async applyServerChange(change: (doc: Y.Doc) => boolean): Promise<boolean> {
    const draft = serverDoc();
    try {
      Y.applyUpdate(draft, Y.encodeStateAsUpdate(this.current));
      const before = Y.encodeStateVector(draft);
      if (!change(draft)) return false;
      let settled = this.ingest(Y.encodeStateAsUpdate(draft, before), SERVER_SENDER);
      while (settled.deferred) settled = await settled.deferred;
      if (settled.refusal) throw new Error(`the server's own change was refused: ${settled.refusal.reason}`);
      await settled.applied;
      return true;
    } finally {
      draft.destroy();
    }
  }

  /**
   * Applies `update` to the document and judges each transaction it makes
   * (a refused one is undone by {@link rebuild}).
   * An update that leaves structs or deletions waiting for content the
   * room does not have is refused: over one ordered socket an honest client
   * never sends one, and what waits would integrate later unjudged.
   */
  private checkOnDoc(update: Uint8Array, sender: UpdateSender): { problem: DocProblem | null; changed: boolean } {
    const author = sender === SERVER_SENDER ? null : { id: sender.participantId, name: sender.name };
    const doc = this.current;
    // The plan snapshot is patched by watchDoc's listener, which runs before judgeTransaction: the rules read it as it is after the transaction.
    const judging: Judging = { doc, ctx: { list: this.options.list, author, rules: this.options.rules(), choices: this.currentPlan }, problem: null, changed: false };
    const store = doc.store;
    const structsBefore = store.pendingStructs?.update ?? null;
    const dsBefore = store.pendingDs;
    this.judging = judging;
    doc.on('afterTransaction', this.judgeTransaction);
    freshTransactionList(doc);
    try {
      Y.applyUpdate(doc, update, sender);
    } catch (error) {
      judging.problem = { kind: 'invalid', reason: `update could not be decoded: ${(error as Error).message.slice(0, 80)}` };
    } finally {
      doc.off('afterTransaction', this.judgeTransaction);
      this.judging = null;
    }
    const { problem, changed } = judging;
    if (problem) return { problem, changed };
    const structsAfter = store.pendingStructs?.update ?? null;
    const dsAfter = store.pendingDs;
    const newPendingDs = dsAfter !== null && (dsBefore === null || !sameBytes(dsBefore, dsAfter));
    // Pending structs that this update let integrate are fine (after a store failure the store may hold a
    // later update without the earlier one the client sends again); only new or grown ones are refused.
    if ((structsAfter !== null && structsAfter !== structsBefore) || newPendingDs) {
      return { problem: { kind: 'invalid', reason: 'the update depends on changes the server does not have' }, changed };
    }
    if (changed && sender !== SERVER_SENDER && this.options.isLocked()) return { problem: { kind: 'locked', reason: 'plans are locked' }, changed };
    return { problem: null, changed };
  }

  /**
   * A store write failed (issue 12): the document holds updates the store may
   * not, so judging further updates against it would accept a resent change
   * as "nothing new" and never store it. The room refuses everything from
   * here on, nothing queued after the failure is applied or relayed, and the
   * registry unloads it. Logged once, without the driver's details (a
   * PostgreSQL error quotes the failing row).
   */
  private failStore(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.log.error({ room: this.options.key, err: toLoggedError(error) }, 'store failed; room unloaded, the next connection reloads it');
    this.options.onStoreFailed(this);
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
    await this.options.store.compactUpdates(this.options.key, state, updates.map((u) => u.id));
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
    const state = await this.compactStored(stored.map((u) => u.data));
    await this.options.store.compactUpdates(this.options.key, state, stored.map((u) => u.id));
    this.storedSinceCompaction = Math.max(1, this.storedSinceCompaction - count + 1);
    this.storedBytesSinceCompaction = Math.max(0, this.storedBytesSinceCompaction - bytes);
    this.compactedBytes = state.byteLength;
  }

  /** Frees the documents. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.unsubscribeRelay();
    this.awareness.destroy();
    this.current.destroy();
    this.awareness.doc.destroy();
  }
}
