/**
 * A token bucket: `take(n)` spends `n` tokens if the bucket holds them; it
 * refills at `perSecond` up to `burst`. Pair rooms keep one per connection
 * for frames and for bytes, and one per participant for bytes, held beyond
 * the connection, so reconnecting does not refill it (issue "Airtight").
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Spends `n` tokens; `false` (nothing spent) when fewer are left. */
  take(n = 1): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  /** Whether the bucket is full again (its owner may be forgotten). */
  get full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}
