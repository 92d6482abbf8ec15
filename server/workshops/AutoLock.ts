/**
 * The automatic lock at time's up (issue 14): every workshop this instance
 * reads or changes is looked at ({@link WorkshopService}'s `onSeen`), and one
 * whose `autoLockAt` is set and not yet locked gets a timer; when it fires,
 * the workshop is read again and locked if the same lock is still due. So
 * the lock needs no dashboard open; +2 at zero (which moves `autoLockAt`)
 * cancels it; a lock that fired clears `autoLockAt`, so a leader who unlocks
 * afterwards stays unlocked; and after a restart the first read of a
 * workshop whose lock fell due meanwhile locks it at once. With several
 * instances each may fire; locking twice is the same as once.
 */
import type { Logger } from '../logger.js';
import type { WorkshopRecord } from './types.js';
import type { WorkshopService } from './WorkshopService.js';

/** setTimeout's longest delay; a later lock is looked at again then. */
const MAX_DELAY_MS = 2 ** 31 - 1;

export class AutoLock {
  private readonly timers = new Map<string, { at: number; timer: NodeJS.Timeout }>();
  private workshops: WorkshopService | null = null;
  private closed = false;

  constructor(private readonly log: Logger) {}

  /** Starts acting on `workshops` (separate from the constructor: the service takes `seen` as an option). */
  attach(workshops: WorkshopService): void {
    this.workshops = workshops;
  }

  /** A workshop was read or changed: (re)schedule or cancel its lock. */
  readonly seen = (workshop: WorkshopRecord): void => {
    const due = workshop.locked ? null : (workshop.autoLockAt ?? null);
    const current = this.timers.get(workshop.id);
    if (current && current.at === due) return;
    if (current) clearTimeout(current.timer);
    this.timers.delete(workshop.id);
    if (due === null || this.closed) return;
    const timer = setTimeout(() => void this.fire(workshop.id, due), Math.min(MAX_DELAY_MS, Math.max(0, due - Date.now())));
    timer.unref();
    this.timers.set(workshop.id, { at: due, timer });
  };

  private async fire(id: string, due: number): Promise<void> {
    this.timers.delete(id);
    const workshops = this.workshops;
    if (!workshops || this.closed) return;
    try {
      const workshop = await workshops.get(id);
      if (!workshop || workshop.locked || workshop.autoLockAt !== due) return;
      if (Date.now() < due) return this.seen(workshop);
      await workshops.update(id, { locked: true, autoLockAt: null });
      this.log.info({ workshop: id }, 'plans locked automatically at time up');
    } catch (error) {
      this.log.warn({ workshop: id, err: (error as Error).message }, 'automatic lock failed');
    }
  }

  /** Stops every timer (the app is closing). */
  close(): void {
    this.closed = true;
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
