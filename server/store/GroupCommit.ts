/**
 * The group-commit queue both stores share: the updates appended in one
 * event-loop turn are written by one commit, one commit is in flight at a
 * time (updates that arrive meanwhile wait for the next one), and each
 * append's promise settles only after the commit that holds it.
 *
 * One commit at a time matters for PostgreSQL, where a commit is a round
 * trip: two overlapping INSERTs on two pooled connections could commit in
 * either order, so a room's later update could get a lower id than its
 * earlier one, and a compaction could read between them.
 */

/** An update waiting for the next group commit. */
export interface QueuedUpdate {
  readonly room: string;
  readonly update: Uint8Array;
}

interface Waiting extends QueuedUpdate {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export class GroupCommit {
  private pending: Waiting[] = [];
  private scheduled = false;
  private flushing: Promise<void> | null = null;

  /** `write` commits one batch (all or nothing) and resolves once it is durable. */
  constructor(private readonly write: (batch: readonly QueuedUpdate[]) => void | Promise<void>) {}

  /** Queues an update; resolves once it is committed, rejects if its commit failed. */
  append(room: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ room, update, resolve, reject });
      this.schedule();
    });
  }

  /** Commits everything queued so far (and waits for a commit in flight); for shutdown. */
  async flush(): Promise<void> {
    while (this.flushing || this.pending.length > 0) {
      if (this.flushing) await this.flushing;
      else await this.commitNext();
    }
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      if (!this.flushing) void this.commitNext();
    });
  }

  /** Commits the queued batch; when it is done, whatever arrived meanwhile goes next. */
  private commitNext(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return Promise.resolve();
    const run = (async () => {
      try {
        await this.write(batch);
      } catch (error) {
        for (const p of batch) p.reject(error);
        return;
      }
      for (const p of batch) p.resolve();
    })();
    this.flushing = run.finally(() => {
      this.flushing = null;
      if (this.pending.length > 0) this.schedule();
    });
    return this.flushing;
  }
}
