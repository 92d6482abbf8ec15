/**
 * The server's own share of a tick's latency, from pairplan's `GET
 * /metrics`: the tick-relay histogram is cumulative, so two scrapes
 * (window start and end, every instance) are subtracted, and percentiles
 * are read off the difference, interpolating within a bucket. The same
 * for the stored histogram: the part of the server's share spent waiting
 * for the store's commit.
 */

/** The token the benchmark starts pairplan with (never a production secret). */
export const BENCH_METRICS_TOKEN = 'pairplan-bench-metrics-token';

/** Cumulative bucket counts by upper bound in ms (Infinity for +Inf). */
export type Buckets = Map<number, number>;

/** Reads the `_bucket` lines of histogram `name` (`pairplan_tick_relay_seconds`, say). */
export function parseBuckets(text: string, name: string): Buckets {
  const buckets: Buckets = new Map();
  for (const match of text.matchAll(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\d+)$`, 'gm'))) {
    buckets.set(match[1] === '+Inf' ? Infinity : Number(match[1]) * 1000, Number(match[2]));
  }
  return buckets;
}

/** What the benchmark reads from `GET /metrics`, every instance added up. */
export interface Scrape {
  /** Frame arrival to relay. */
  readonly ticks: Buckets;
  /** Frame arrival to stored: the store's part of `ticks`. */
  readonly stored: Buckets;
  /** The JavaScript heap in use, in MB (from `pairplan_memory_bytes`). */
  readonly heapUsedMb: number;
}

/** Scrapes every instance once and adds their figures up. */
export async function scrape(baseUrls: readonly string[]): Promise<Scrape> {
  const ticks: Buckets = new Map();
  const stored: Buckets = new Map();
  const add = (into: Buckets, from: Buckets): void => {
    for (const [le, n] of from) into.set(le, (into.get(le) ?? 0) + n);
  };
  let heapUsed = 0;
  for (const base of baseUrls) {
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
    const text = await res.text();
    add(ticks, parseBuckets(text, 'pairplan_tick_relay_seconds'));
    add(stored, parseBuckets(text, 'pairplan_update_stored_seconds'));
    heapUsed += Number(/^pairplan_memory_bytes\{kind="heap_used"\} (\d+)$/m.exec(text)?.[1] ?? NaN);
  }
  return { ticks, stored, heapUsedMb: heapUsed / 1e6 };
}

/** The `p`th percentile (ms) of what was observed between two scrapes. */
export function percentileBetween(before: Buckets, after: Buckets, p: number): number {
  const bounds = [...after.keys()].sort((a, b) => a - b);
  const counts = bounds.map((le) => (after.get(le) ?? 0) - (before.get(le) ?? 0));
  const total = counts[counts.length - 1] ?? 0;
  if (total === 0) return NaN;
  const rank = (p / 100) * total;
  for (let i = 0; i < bounds.length; i++) {
    if (counts[i] < rank) continue;
    const lower = i === 0 ? 0 : bounds[i - 1];
    const below = i === 0 ? 0 : counts[i - 1];
    if (!Number.isFinite(bounds[i])) return lower;
    return lower + ((rank - below) / Math.max(1, counts[i] - below)) * (bounds[i] - lower);
  }
  return NaN;
}
