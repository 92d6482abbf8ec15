/**
 * Workshops: creating them, finding them, and changing what every pair room
 * shows (clock, lock, broadcast). Workshops are cached in memory after the
 * first read; every change is stored before listeners hear of it.
 */
import { getBuiltInList } from '../../shared/lists/index.js';
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import { withJoinedName } from './joinedNames.js';
import { applyClockAction, createClock, type ClockAction } from '../../shared/protocol/clock.js';
import type { WorkshopLive } from '../../shared/protocol/control.js';
import { hashKey, newFacilitatorKey, newJoinCode, randomId } from '../auth/secrets.js';
import type { Store } from '../store/Store.js';
import { LocalRelay, type Relay } from '../cluster/Relay.js';
import type { PairSlot, WorkshopChange, WorkshopRecord } from './types.js';

/** What creating a workshop needs (already validated). */
export interface NewWorkshop {
  readonly title: string;
  readonly list: ActivityList;
  readonly rules?: Rules;
  readonly pairs: readonly PairSlot[];
}

type Listener = (workshop: WorkshopRecord) => void;

/** The workshop-wide state a pair room shows. */
export function toLive(workshop: WorkshopRecord): WorkshopLive {
  return { clock: workshop.clock, locked: workshop.locked, broadcast: workshop.broadcast };
}

/** `n` empty pairs numbered 1..n. */
export function numberedPairs(n: number): PairSlot[] {
  return Array.from({ length: n }, (_, i) => ({ n: i + 1, members: [] }));
}

export class WorkshopService {
  private readonly cache = new Map<string, WorkshopRecord>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly relayUnsubscribers = new Map<string, Promise<() => void>>();

  constructor(
    private readonly store: Store,
    private readonly relay: Relay = new LocalRelay(),
  ) {}

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
        clock: createClock(rules.minutes),
        locked: false,
        broadcast: null,
      };
      try {
        await this.store.insertWorkshop(workshop);
        this.cache.set(workshop.id, workshop);
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
    if (stored) this.cache.set(id, stored);
    return stored;
  }

  /** A cached workshop, synchronously (rooms only exist for loaded workshops). */
  peek(id: string): WorkshopRecord | undefined {
    return this.cache.get(id);
  }

  /** The workshop with this join code, or `null`. */
  async findByCode(joinCode: string): Promise<WorkshopRecord | null> {
    const stored = await this.store.findWorkshopByCode(joinCode);
    if (!stored) return null;
    return this.cache.get(stored.id) ?? (this.cache.set(stored.id, stored), stored);
  }

  /** Applies a change, stores it, then tells the listeners. */
  async update(id: string, change: WorkshopChange): Promise<WorkshopRecord> {
    const current = await this.get(id);
    if (!current) throw new Error(`unknown workshop ${id}`);
    const next: WorkshopRecord = { ...current, ...change };
    await this.store.saveWorkshop(next);
    this.cache.set(id, next);
    this.notify(next);
    this.relay.publishWorkshop(id, { t: 'changed' });
    return next;
  }

  private notify(workshop: WorkshopRecord): void {
    for (const listener of this.listeners.get(workshop.id) ?? []) listener(workshop);
  }

  /** Another instance changed the workshop: read it again and tell the local listeners. */
  private async reload(id: string): Promise<void> {
    const stored = await this.store.getWorkshop(id);
    if (!stored) return;
    this.cache.set(id, stored);
    this.notify(stored);
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
    return this.update(id, { clock: applyClockAction(current.clock, action, Date.now(), minutes) });
  }

  /** Listens to changes of one workshop; returns the unsubscribe function. */
  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) {
      this.listeners.set(id, (set = new Set()));
      this.relayUnsubscribers.set(
        id,
        this.relay.subscribeWorkshop(id, (message) => {
          if (message.t === 'changed') void this.reload(id);
        }),
      );
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size > 0 || this.listeners.get(id) !== set) return;
      this.listeners.delete(id);
      const unsubscribe = this.relayUnsubscribers.get(id);
      this.relayUnsubscribers.delete(id);
      void unsubscribe?.then((fn) => fn());
    };
  }

  /** Looks up a built-in list by id. */
  static builtInList(id: string): ActivityList | undefined {
    return getBuiltInList(id);
  }
}
