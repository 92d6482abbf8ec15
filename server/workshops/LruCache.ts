/**
 * A least-recently-used cache with two caps: a count of entries and an
 * approximate total of bytes. Entries for which `isPinned` says yes are
 * never evicted (they may hold the cache over its caps until they are
 * released); the others go, oldest use first, whenever an insert leaves the
 * cache over either cap.
 */
export interface LruCacheOptions<V> {
  readonly maxEntries: number;
  readonly maxBytes: number;
  /** Approximate bytes an entry holds. */
  readonly sizeOf: (value: V) => number;
  /** Whether an entry must stay (it is in use). */
  readonly isPinned: (key: string) => boolean;
  /** Called after the caps pushed an entry out (not after an explicit `delete`). */
  readonly onEvict?: (key: string) => void;
}

export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private totalBytes = 0;

  constructor(private readonly options: LruCacheOptions<V>) {}

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** Approximate bytes held. */
  get bytes(): number {
    return this.totalBytes;
  }

  /** The value, counted as a use (it becomes the most recent). */
  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** The value, without counting a use. */
  peek(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Stores a value as the most recent, then evicts what the caps require. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.options.sizeOf(value);
    this.entries.set(key, { value, bytes });
    this.totalBytes += bytes;
    this.evict(key);
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.totalBytes -= entry.bytes;
  }

  /** Drops unpinned entries, oldest first, until both caps hold (`keep` stays: it was just stored). */
  private evict(keep: string): void {
    const over = (): boolean => this.entries.size > this.options.maxEntries || this.totalBytes > this.options.maxBytes;
    if (!over()) return;
    for (const key of this.entries.keys()) {
      if (key !== keep && !this.options.isPinned(key)) {
        this.delete(key);
        this.options.onEvict?.(key);
      }
      if (!over()) return;
    }
  }
}
