/**
 * The leader's live view of a workshop: one summary per pair, kept up to
 * date by the rooms and pushed to every dashboard of the workshop as one
 * stream (the dashboard never opens a socket per pair). Changes are
 * coalesced for {@link DASHBOARD_FLUSH_MS} so a burst of ticks is one frame.
 * Summaries are computed when they are sent and not kept: at a thousand
 * pairs ticking, kept summaries lived just long enough to be promoted to the
 * old generation and made every young-generation GC pause longer.
 */
import { summarizePair, type PairSummary } from '../../shared/tally/summarizePair.js';
import type { Logger } from '../logger.js';
import { roomKey } from '../../shared/protocol/socketPaths.js';
import type { RoomChange, RoomManager } from '../rooms/RoomManager.js';
import type { PairRoom } from '../rooms/PairRoom.js';
import type { Store } from '../store/Store.js';
import type { Relay, WorkshopRelayMessage } from '../cluster/Relay.js';
import { latestChange, readStoredPlan } from './readPlan.js';
import type { PairSlot, WorkshopRecord } from './types.js';
import type { WorkshopService } from './WorkshopService.js';
import { pairsToResummarize } from './sessionChanges.js';

/** How long changes are gathered before one frame goes out. */
export const DASHBOARD_FLUSH_MS = 50;

/**
 * Pairs summarised per frame. A flush of a busy 500-pair workshop works
 * through its changed pairs a slice at a time, letting the pair rooms'
 * updates through in between, so it never holds the event loop for long.
 * Each slice after the first waits for the next turn of the event loop, and
 * on a loaded server a turn is long (50–280 ms at 1,000 pairs, issue 17), so
 * a slice holds as many pairs as a busy flush usually has: with 25, a
 * workshop's changes reached its dashboard over several turns.
 */
export const DASHBOARD_SLICE = 100;

/**
 * Pairs summarised per turn when every pair of a workshop is (a dashboard's
 * first frame, the HTTP API, exports): most of them may be read from the
 * store, which costs far more than summarising a loaded room.
 */
const STORED_SLICE = 25;

/** Something that receives summary frames (a dashboard socket). */
export interface SummarySubscriber {
  sendSummaries(summaries: readonly PairSummary[]): void;
}

interface WorkshopView {
  readonly subscribers: Set<SummarySubscriber>;
  /** Pairs that changed while each new dashboard's first summaries were being computed. */
  readonly joining: Map<SummarySubscriber, Set<number>>;
  /** Changed pairs: the local room, or `null` when the change happened on another instance. */
  readonly dirty: Map<number, PairRoom | null>;
  /** Presence reported by other instances for pairs not loaded here. */
  readonly remotePresence: Map<number, readonly { id: string; name: string }[]>;
  timer: NodeJS.Timeout | null;
  unsubscribeRelay: Promise<() => void> | null;
  /** The workshop as last seen, and the end of listening to its changes (issue 14: pairs added, rules changed). */
  shown: WorkshopRecord | null;
  unsubscribeWorkshop: (() => void) | null;
}

const newView = (): WorkshopView => ({
  subscribers: new Set(),
  joining: new Map(),
  dirty: new Map(),
  remotePresence: new Map(),
  timer: null,
  unsubscribeRelay: null,
  shown: null,
  unsubscribeWorkshop: null,
});

/** A pair's slot and its roster names, looked up by number (the records are immutable: a change makes a new `pairs`). */
interface SlotPeople {
  readonly slot: PairSlot;
  readonly members: readonly string[];
}

const slotIndexes = new WeakMap<readonly PairSlot[], ReadonlyMap<number, SlotPeople>>();

/**
 * The slot of pair `n`. Each summary looked it up with a scan of every pair
 * and mapped its roster names again: at 1,000 pairs in two workshops that
 * was a 500-pair scan per change of every pair (issue 17).
 */
function slotPeople(workshop: WorkshopRecord, n: number): SlotPeople | undefined {
  let index = slotIndexes.get(workshop.pairs);
  if (!index) {
    const slots = new Map<number, SlotPeople>();
    // The first slot of a number, as a search from the start finds it.
    for (const slot of workshop.pairs) if (!slots.has(slot.n)) slots.set(slot.n, { slot, members: slot.members.map((m) => m.name) });
    slotIndexes.set(workshop.pairs, (index = slots));
  }
  return index.get(n);
}

export class DashboardHub {
  private readonly views = new Map<string, WorkshopView>();
  private readonly lastChange = new Map<string, number>();
  /** Pairs whose change is waiting to be announced to other instances. */
  private readonly outbox = new Map<string, { workshopId: string; n: number; room: PairRoom }>();
  private outboxTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: { workshops: WorkshopService; rooms: RoomManager; store: Store; log: Logger; relay: Relay },
  ) {
    deps.rooms.on('change', (change) => this.handleRoomChange(change));
    deps.workshops.onDeleted((id) => this.forget(id));
  }

  /** A deleted workshop: nothing of it stays here (its dashboards are closed by their sockets). */
  private forget(workshopId: string): void {
    const prefix = `${workshopId}/`;
    for (const key of this.lastChange.keys()) if (key.startsWith(prefix)) this.lastChange.delete(key);
    for (const [key, pending] of this.outbox) if (pending.workshopId === workshopId) this.outbox.delete(key);
    const view = this.views.get(workshopId);
    if (view?.timer) clearTimeout(view.timer);
  }

  /**
   * Every plan or presence change of a room. Only a change made here is
   * announced to the other instances: one that came through the relay was
   * announced by the instance it was made on.
   */
  private handleRoomChange({ workshopId, pair, room, kind, source }: RoomChange): void {
    if (kind === 'plan') this.lastChange.set(roomKey(workshopId, pair), Date.now());
    if (source === 'here') this.announce(workshopId, pair, room);
    const view = this.views.get(workshopId);
    if (view) this.markDirty(workshopId, view, pair, room);
  }

  /** Schedules a pair's summary for the next frame (`room` null: look the room up then). */
  private markDirty(workshopId: string, view: WorkshopView, pair: number, room: PairRoom | null): void {
    if (room || !view.dirty.has(pair)) view.dirty.set(pair, room);
    view.timer ??= setTimeout(() => void this.flush(workshopId), DASHBOARD_FLUSH_MS);
  }

  /** Tells dashboards on other instances that a pair changed (coalesced; no-op on one instance). */
  private announce(workshopId: string, n: number, room: PairRoom): void {
    if (this.deps.relay.instanceId === 'local') return;
    this.outbox.set(room.key, { workshopId, n, room });
    this.outboxTimer ??= setTimeout(() => {
      this.outboxTimer = null;
      for (const { workshopId: id, n: pair, room: r } of this.outbox.values()) {
        this.deps.relay.publishWorkshop(id, { t: 'pair', n: pair, present: r.presentParticipants() });
      }
      this.outbox.clear();
    }, DASHBOARD_FLUSH_MS);
  }

  private handleRelay(workshopId: string, message: WorkshopRelayMessage): void {
    const view = this.views.get(workshopId);
    if (!view || message.t !== 'pair') return;
    view.remotePresence.set(message.n, message.present);
    // A room loaded here hears the same change through the room relay (and
    // reports it itself): summarising it again would only repeat the summary.
    if (this.deps.rooms.has(roomKey(workshopId, message.n))) return;
    this.lastChange.set(roomKey(workshopId, message.n), Date.now());
    this.markDirty(workshopId, view, message.n, null);
  }

  /**
   * Adds a dashboard; resolves with every pair's summary for its first frame.
   * A pair that changes while those are computed is sent again, fresh, with
   * the next frame, so the dashboard never keeps an older summary.
   */
  async subscribe(workshop: WorkshopRecord, subscriber: SummarySubscriber): Promise<PairSummary[]> {
    let view = this.views.get(workshop.id);
    if (!view) {
      view = newView();
      this.views.set(workshop.id, view);
      view.unsubscribeRelay = this.deps.relay.subscribeWorkshop(workshop.id, (m) => this.handleRelay(workshop.id, m));
      this.watchWorkshop(workshop, view);
    }
    const changedMeanwhile = new Set<number>();
    view.joining.set(subscriber, changedMeanwhile);
    try {
      await view.unsubscribeRelay;
      const summaries = await this.summarizeAll(workshop, view);
      // Closed while joining: unsubscribe() already let it go.
      if (!view.joining.has(subscriber)) return summaries;
      view.subscribers.add(subscriber);
      for (const n of changedMeanwhile) this.markDirty(workshop.id, view, n, null);
      return summaries;
    } finally {
      view.joining.delete(subscriber);
    }
  }

  /** Removes a dashboard; the view is dropped with its last subscriber. */
  unsubscribe(workshopId: string, subscriber: SummarySubscriber): void {
    const view = this.views.get(workshopId);
    if (!view) return;
    view.subscribers.delete(subscriber);
    view.joining.delete(subscriber);
    if (view.subscribers.size > 0 || view.joining.size > 0) return;
    if (view.timer) clearTimeout(view.timer);
    view.unsubscribeWorkshop?.();
    void view.unsubscribeRelay?.then((fn) => fn());
    this.views.delete(workshopId);
  }

  /** A change of the workshop itself (here or on another instance): the pairs it made stale are summarised again. */
  private watchWorkshop(workshop: WorkshopRecord, view: WorkshopView): void {
    view.shown = workshop;
    view.unsubscribeWorkshop = this.deps.workshops.subscribe(workshop.id, (next) => {
      const before = view.shown ?? next;
      view.shown = next;
      for (const n of pairsToResummarize(before, next)) this.markDirty(workshop.id, view, n, null);
    });
  }

  /** Current summaries of every pair (loading stored plans as needed), for the HTTP API and exports. */
  async summaries(workshop: WorkshopRecord): Promise<PairSummary[]> {
    return this.summarizeAll(workshop, this.views.get(workshop.id) ?? newView());
  }

  /** Every pair's summary, in pair order: the loaded rooms as they are, the others as stored. */
  private async summarizeAll(workshop: WorkshopRecord, view: WorkshopView): Promise<PairSummary[]> {
    const summaries: PairSummary[] = [];
    for (const [i, slot] of workshop.pairs.entries()) {
      // A slice at a time, as flush does: a 500-pair export read every stored plan in one turn.
      if (i > 0 && i % STORED_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      const room = await this.deps.rooms.loaded(roomKey(workshop.id, slot.n));
      summaries.push(room ? this.summarize(workshop, slot.n, room) : await this.summarizeStored(workshop, slot.n, view));
    }
    return summaries.sort((a, b) => a.n - b.n);
  }

  private summarize(workshop: WorkshopRecord, n: number, room: PairRoom): PairSummary {
    const people = slotPeople(workshop, n);
    const plan = room.snapshot();
    return summarizePair({
      n,
      plan,
      list: workshop.list,
      rules: workshop.rules,
      present: room.presentParticipants(),
      members: people?.members ?? [],
      joined: people?.slot.joined ?? [],
      lastChangeAt: this.lastChange.get(room.key) ?? latestChange(plan),
    });
  }

  private async flush(workshopId: string): Promise<void> {
    const view = this.views.get(workshopId);
    if (!view) return;
    view.timer = null;
    const workshop = this.deps.workshops.peek(workshopId) ?? (await this.deps.workshops.get(workshopId));
    if (!workshop || view.dirty.size === 0) return;
    const dirty = [...view.dirty];
    view.dirty.clear();
    for (const changedMeanwhile of view.joining.values()) for (const [n] of dirty) changedMeanwhile.add(n);
    for (let start = 0; start < dirty.length; start += DASHBOARD_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      // The last dashboard left meanwhile: nothing to send.
      if (this.views.get(workshopId) !== view) return;
      const changed: PairSummary[] = [];
      for (const [n, reported] of dirty.slice(start, start + DASHBOARD_SLICE)) {
        const room = reported ?? (await this.deps.rooms.loaded(roomKey(workshopId, n)));
        changed.push(room ? this.summarize(workshop, n, room) : await this.summarizeStored(workshop, n, view));
      }
      for (const s of view.subscribers) s.sendSummaries(changed);
    }
  }

  /** A pair that lives on another instance: its stored plan and the presence that instance reported. */
  private async summarizeStored(workshop: WorkshopRecord, n: number, view: WorkshopView): Promise<PairSummary> {
    const key = roomKey(workshop.id, n);
    const stored = await readStoredPlan(this.deps.store, key);
    const people = slotPeople(workshop, n);
    return summarizePair({
      n,
      plan: stored.plan,
      list: workshop.list,
      rules: workshop.rules,
      present: view.remotePresence.get(n) ?? [],
      members: people?.members ?? [],
      joined: people?.slot.joined ?? [],
      lastChangeAt: this.lastChange.get(key) ?? stored.lastChangeAt,
    });
  }
}
