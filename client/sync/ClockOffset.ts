/**
 * The difference between the server's clock and this machine's, measured
 * with ping/pong round trips: offset = serverNow + rtt/2 − now at receipt.
 * The sample with the smallest round trip wins (its error is at most rtt/2).
 * A server timestamp without a round trip is a rough first guess only.
 */

interface Sample {
  readonly offset: number;
  readonly rtt: number;
}

/** Clock offset estimation; times are injected so tests need no fake timers. */
export class ClockOffset {
  private best: Sample | null = null;
  private readonly pending = new Map<number, number>();
  private nextId = 1;

  /** Server time minus local time, in milliseconds (0 before any sample). */
  get offset(): number {
    return this.best?.offset ?? 0;
  }

  /** The round trip of the best sample; `Infinity` for a rough guess or none. */
  get rtt(): number {
    return this.best?.rtt ?? Infinity;
  }

  /** Forgets every sample (a new connection may reach another server). */
  reset(): void {
    this.best = null;
    this.pending.clear();
  }

  /** A server timestamp with no round trip: used only until a ping returns. Returns whether the offset changed. */
  addRough(serverNow: number, receivedAt: number): boolean {
    if (this.best !== null || !Number.isFinite(serverNow)) return false;
    this.best = { offset: serverNow - receivedAt, rtt: Infinity };
    return true;
  }

  /** Registers a ping sent at `sentAt` (a monotonic clock) and returns its id. */
  startPing(sentAt: number): number {
    const id = this.nextId++;
    this.pending.set(id, sentAt);
    // A lost pong must not grow the map for ever.
    if (this.pending.size > 16) this.pending.delete(this.pending.keys().next().value as number);
    return id;
  }

  /**
   * Records a pong: `receivedAt` on the same monotonic clock as `startPing`,
   * `wallNow` the local wall clock. Returns whether the offset changed.
   */
  handlePong(id: number, serverNow: number, receivedAt: number, wallNow: number): boolean {
    const sentAt = this.pending.get(id);
    if (sentAt === undefined || !Number.isFinite(serverNow)) return false;
    this.pending.delete(id);
    const rtt = Math.max(0, receivedAt - sentAt);
    if (this.best !== null && this.best.rtt <= rtt) return false;
    this.best = { offset: serverNow + rtt / 2 - wallNow, rtt };
    return true;
  }
}
