/**
 * Workshops: creating them, finding them, and changing what every pair room
 * shows (clock, lock, broadcast). Workshops are cached in memory after the
 * first read, in a bounded LRU ({@link WORKSHOP_CACHE}); every change is
 * stored before listeners hear of it.
 */
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import { withJoinedName } from './joinedNames.js';
import { applyClockAction, createClock, type ClockAction } from '../../shared/protocol/clock.js';
import type { LeaderLive, WorkshopLive } from '../../shared/protocol/live.js';
import { latestMessageFor } from '../../shared/protocol/pairMessages.js';
import { AUTO_LOCK_GRACE_MS, autoLockAtFor, warningMsOf, type TimesUpSettings } from '../../shared/protocol/timesUp.js';
import { mergeRevoked, withRevoked } from '../auth/revokedSessions.js';
import { hashKey, newFacilitatorKey, newJoinCode, randomId } from '../auth/secrets.js';
import type { Session } from '../auth/sessions.js';
import type { Store } from '../store/Store.js';
import { LocalRelay, type Relay } from '../cluster/Relay.js';
import type { PairSlot, WorkshopChange, WorkshopRecord } from './types.js';
import { LruCache } from './LruCache.js';
import { sessionSettings } from './sessionChanges.js';

/**
 * Caps of the workshop cache. Unbounded, 150 creations with a large own
 * list kept +101 MB for good (issue "Airtight", finding 5). A workshop with
 * dashboards subscribed or pair rooms loaded is pinned (rooms read it
 * synchronously through `peek`), whatever the caps; the others are read
 * from the store again after eviction.
 */
export const WORKSHOP_CACHE = {
  /** Workshops cached. */
  maxEntries: 500,
  /** Approximate bytes cached (the JSON size of lists, rosters and the rest). */
  maxBytes: 32 * 1024 * 1024,
} as const;

/** Approximate bytes of a list or roster, measured once per object (records share them across changes). */
const measured = new WeakMap<object, number>();
function jsonSize(value: object): number {
  let size = measured.get(value);
  if (size === undefined) measured.set(value, (size = JSON.stringify(value).length));
  return size;
}

/** Approximate bytes a cached workshop holds. */
export function workshopBytes(workshop: WorkshopRecord): number {
  return jsonSize(workshop.list) + jsonSize(workshop.rules) + jsonSize(workshop.pairs) + 1_024;
}

export interface WorkshopServiceOptions {
  /** Whether a workshop is in use by something outside the service (pair rooms loaded), so it stays cached. */
  readonly isInUse?: (id: string) => boolean;
  /** Cache caps (default {@link WORKSHOP_CACHE}). */
  readonly cache?: { readonly maxEntries: number; readonly maxBytes: number };
  /** How long after zero an automatic lock waits (default {@link AUTO_LOCK_GRACE_MS}; tests shorten it). */
  readonly autoLockGraceMs?: number;
  /** Hears every workshop this instance reads or changes (the automatic lock's scheduler: server/workshops/AutoLock.ts). */
  readonly onSeen?: (workshop: WorkshopRecord) => void;
}

/** What creating a workshop needs (already validated). */
export interface NewWorkshop {
  readonly title: string;
  readonly list: ActivityList;
  readonly rules?: Rules;
  readonly pairs: readonly PairSlot[];
  /** An IANA time zone, already validated. */
  readonly timeZone?: string;
  /** The warning and the automatic lock (defaults when absent). */
  readonly timesUp?: TimesUpSettings;
}

type Listener = (workshop: WorkshopRecord) => void;

/**
 * The workshop-wide state a screen shows: for pair `n`'s room (a partner's,
 * or a leader watching it) the latest message for that pair (every pair's
 * or its own, never another pair's); for `'all'` (dashboards, the Zoom main
 * room) the message to every pair. Required, so a new caller must say which.
 */
export function toLive(workshop: WorkshopRecord, n: number | 'all'): WorkshopLive {
  return {
    clock: workshop.clock,
    locked: workshop.locked,
    broadcast: latestMessageFor(workshop, n === 'all' ? undefined : n),
    warningMs: warningMsOf(workshop.timesUp),
    autoLock: workshop.timesUp?.autoLock ?? false,
    autoLockAt: workshop.locked ? null : (workshop.autoLockAt ?? null),
    settings: sessionSettings(workshop),
  };
}

/** What the leader's screens show: the state, and the history of messages. */
export function toLeaderLive(workshop: WorkshopRecord): LeaderLive {
  return { ...toLive(workshop, 'all'), messages: [...(workshop.messages ?? [])] };
}

/** `n` empty pairs numbered 1..n. */
export function numberedPairs(n: number): PairSlot[] {
  return Array.from({ length: n }, (_, i) => ({ n: i + 1, members: [] }));
}

export class WorkshopService {
  private readonly cache: LruCache<WorkshopRecord>;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly relayUnsubscribers = new Map<string, Promise<() => void>>();
  /** Called with a workshop's id once it is deleted, here or on another instance. */
  private readonly deletedListeners = new Set<(id: string) => void | Promise<void>>();
  /** Workshops deleted while this process runs: never read again, even from a store read already under way. */
  private readonly deleted = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly relay: Relay = new LocalRelay(),
    private readonly options: WorkshopServiceOptions = {},
  ) {
    const caps = options.cache ?? WORKSHOP_CACHE;
    this.cache = new LruCache({
      maxEntries: caps.maxEntries,
      maxBytes: caps.maxBytes,
      sizeOf: workshopBytes,
      isPinned: (id) => this.listeners.has(id) || (options.isInUse?.(id) ?? false),
      // An evicted workshop is no longer watched: its relay subscription goes with it.
      onEvict: (id) => this.unwatch(id),
    });
  }

  /** What the cache holds now (for tests and metrics). */
  get cached(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cache.bytes };
  }

  /**
   * Puts a workshop back in the cache if it was evicted meanwhile: a pair
   * room about to load calls it, so `peek` finds the workshop as long as
   * the room is loaded (it is pinned from then on).
   */
  keep(workshop: WorkshopRecord): void {
    if (!this.cache.has(workshop.id)) this.remember(workshop);
  }

  /** Creates a workshop; the facilitator key is returned once and stored only hashed. */
  async create(input: NewWorkshop, now = Date.now()): Promise<{ workshop: WorkshopRecord; facilitatorKey: string }> {
    const facilitatorKey = newFacilitatorKey();
    const rules = input.rules ?? input.list.rules;
    for (let attempt = 0; ; attempt++) {
      const workshop: WorkshopRecord = {
        id: randomId(9),
        joinCode: newJoinCode(),
        keyHash: hashKey(facilitatorKey),
        createdAt: now,
        title: input.title,
        list: input.list,
        rules,
        pairs: input.pairs,
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
        ...(input.timesUp !== undefined ? { timesUp: input.timesUp } : {}),
        clock: createClock(rules.minutes),
        locked: false,
        broadcast: null,
      };
      try {
        await this.store.insertWorkshop(workshop);
        this.remember(workshop);
        return { workshop, facilitatorKey };
      } catch (error) {
        // A join code collision (1 in ~887 million per pair of workshops): draw again.
        if (attempt >= 4) throw error;
      }
    }
  }

  /** The workshop with this id, or `null`. */
  async get(id: string): Promise<WorkshopRecord | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = await this.store.getWorkshop(id);
    return stored && !this.deleted.has(id) ? this.remember(stored) : null;
  }

  /**
   * Deletes a workshop (issue 14 "My workshops"): it is forgotten here and
   * on every instance at once (its dashboards and rooms close: the
   * {@link onDeleted} listeners), then every stored byte of it goes.
   */
  async delete(id: string): Promise<void> {
    this.relay.publishWorkshop(id, { t: 'deleted' });
    await this.forget(id);
    await this.store.deleteWorkshop(id);
  }

  /** Listens for deleted workshops (this instance's and every other's); returns the unsubscribe function. */
  onDeleted(listener: (id: string) => void | Promise<void>): () => void {
    this.deletedListeners.add(listener);
    return () => this.deletedListeners.delete(listener);
  }

  /** Forgets a deleted workshop: its cached copy, its listeners, and tells whoever listens for deletions. */
  private async forget(id: string): Promise<void> {
    if (this.deleted.size >= 10_000) this.deleted.delete(this.deleted.values().next().value as string);
    this.deleted.add(id);
    this.listeners.delete(id);
    this.cache.delete(id);
    this.unwatch(id);
    await Promise.all([...this.deletedListeners].map((listener) => listener(id)));
  }

  /** A cached workshop, synchronously (rooms only exist for loaded workshops). */
  peek(id: string): WorkshopRecord | undefined {
    return this.cache.peek(id);
  }

  /** The workshop with this join code, or `null`. */
  async findByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const stored = await this.store.findWorkshopByCode(joinCode);
    if (!stored || this.deleted.has(stored.id)) return null;
    return this.cache.get(stored.id) ?? this.remember(stored);
  }

  /** Applies a change (or one computed from the current record, e.g. a message appended to the history), stores it, then tells the listeners. */
  async update(id: string, change: WorkshopChange | ((current: WorkshopRecord) => WorkshopChange)): Promise<WorkshopRecord> {
    const current = await this.get(id);
    if (!current) throw new Error(`unknown workshop ${id}`);
    const next: WorkshopRecord = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    await this.store.saveWorkshop(next);
    this.cache.set(id, next);
    this.notify(next);
    this.relay.publishWorkshop(id, { t: 'changed' });
    return next;
  }

  private notify(workshop: WorkshopRecord): void {
    this.options.onSeen?.(workshop);
    for (const listener of this.listeners.get(workshop.id) ?? []) listener(workshop);
  }

  /**
   * Another instance changed the workshop: read it again and tell the local
   * listeners. A revoked session this instance knows of and the stored record
   * lacks (lost to a concurrent write) is written back.
   */
  private async reload(id: string): Promise<void> {
    const stored = await this.store.getWorkshop(id);
    // Evicted meanwhile and nobody listening: the next read loads it afresh.
    if (!stored || this.deleted.has(id) || (!this.cache.has(id) && !this.listeners.has(id))) return;
    const merged = mergeRevoked(this.cache.get(id)?.revokedSessions, stored.revokedSessions);
    if (merged) {
      const next: WorkshopRecord = { ...stored, revokedSessions: merged };
      await this.store.saveWorkshop(next);
      this.cache.set(id, next);
      this.notify(next);
      this.relay.publishWorkshop(id, { t: 'changed' });
      return;
    }
    this.cache.set(id, stored);
    this.notify(stored);
  }

  /** Revokes one participant session ("Leave"); every instance refuses its token once it reloads the workshop. */
  async revokeSession(id: string, session: Session): Promise<WorkshopRecord> {
    // Read the stored record, not the cache, so a revocation made on another instance a moment ago is kept.
    const current = (await this.store.getWorkshop(id)) ?? (await this.get(id));
    if (!current) throw new Error(`unknown workshop ${id}`);
    this.remember(current);
    return this.update(id, { revokedSessions: withRevoked(current.revokedSessions, session) });
  }

  /** Adds `name` to the names shown for pair `n` on the join page (nothing is stored when it is already there). */
  async recordJoin(id: string, n: number, name: string): Promise<void> {
    const current = await this.get(id);
    if (!current) return;
    const pairs = withJoinedName(current.pairs, n, name);
    if (pairs !== current.pairs) await this.update(id, { pairs });
  }

  /** Applies a leader's clock action at the server's time. */
  async clock(id: string, action: ClockAction, minutes?: number): Promise<WorkshopRecord> {
    const current = await this.get(id);
    if (!current) throw new Error(`unknown workshop ${id}`);
    const now = Date.now();
    const clock = applyClockAction(current.clock, action, now, minutes);
    return this.update(id, { clock, autoLockAt: autoLockAtFor(clock, current.timesUp, now, this.autoLockGraceMs) });
  }

  /** Changes the time's-up settings; the automatic lock is due again (or no longer) under them. */
  async setTimesUp(id: string, timesUp: TimesUpSettings): Promise<WorkshopRecord> {
    const current = await this.get(id);
    if (!current) throw new Error(`unknown workshop ${id}`);
    return this.update(id, { timesUp, autoLockAt: autoLockAtFor(current.clock, timesUp, Date.now(), this.autoLockGraceMs) });
  }

  private get autoLockGraceMs(): number {
    return this.options.autoLockGraceMs ?? AUTO_LOCK_GRACE_MS;
  }

  /** Listens to changes of one workshop (this instance's and, through the relay, every other's); returns the unsubscribe function. */
  subscribe(id: string, listener: Listener): () => void {
    this.watch(id);
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(id) === set) this.listeners.delete(id);
    };
  }

  /**
   * Keeps the cached copy of a workshop current: another instance's change
   * (a clock, a lock, a revoked session) reloads it, whether or not a room
   * or a dashboard listens here. The HTTP routes read the cache too, so a
   * session revoked on one instance must not stay valid in another's.
   */
  private watch(id: string): void {
    if (this.relayUnsubscribers.has(id)) return;
    const subscribed = this.relay.subscribeWorkshop(id, (message) => {
      if (message.t === 'changed') void this.reload(id);
      else if (message.t === 'deleted') void this.forget(id);
    });
    this.relayUnsubscribers.set(id, subscribed);
    // A failed subscription is tried again the next time the workshop is read.
    subscribed.catch(() => this.relayUnsubscribers.delete(id));
  }

  private unwatch(id: string): void {
    const unsubscribe = this.relayUnsubscribers.get(id);
    if (!unsubscribe) return;
    this.relayUnsubscribers.delete(id);
    void unsubscribe.then((fn) => fn(), () => undefined);
  }

  /** Caches `workshop` and starts watching it. */
  private remember(workshop: WorkshopRecord): WorkshopRecord {
    this.cache.set(workshop.id, workshop);
    this.watch(workshop.id);
    this.options.onSeen?.(workshop);
    return workshop;
  }
}
