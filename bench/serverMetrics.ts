/**
 * The server's own share of a tick's latency, from pairplan's `GET
 * /metrics`: the tick-relay histogram is cumulative, so two scrapes
 * (window start and end, every instance) are subtracted, and percentiles
 * are read off the difference, interpolating within a bucket.
 */

/** The token the benchmark starts pairplan with (never a production secret). */
export const BENCH_METRICS_TOKEN = 'pairplan-bench-metrics-token';

/** Cumulative bucket counts by upper bound in ms (Infinity for +Inf). */
export type Buckets = Map<number, number>;

/** Reads `pairplan_tick_relay_seconds_bucket` lines. */
export function parseTickBuckets(text: string): Buckets {
  const buckets: Buckets = new Map();
  for (const match of text.matchAll(/^pairplan_tick_relay_seconds_bucket\{le="([^"]+)"\} (\d+)$/gm)) {
    buckets.set(match[1] === '+Inf' ? Infinity : Number(match[1]) * 1000, Number(match[2]));
  }
  return buckets;
}

/** Scrapes every instance and adds their buckets up. */
export async function scrapeTickBuckets(baseUrls: readonly string[]): Promise<Buckets> {
  const total: Buckets = new Map();
  for (const base of baseUrls) {
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
    for (const [le, n] of parseTickBuckets(await res.text())) total.set(le, (total.get(le) ?? 0) + n);
  }
  return total;
}

/** The JavaScript heap in use on every instance together, in MB (from `pairplan_memory_bytes`). */
export async function scrapeHeapUsedMb(baseUrls: readonly string[]): Promise<number> {
  let total = 0;
  for (const base of baseUrls) {
    const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
    total += Number(/^pairplan_memory_bytes\{kind="heap_used"\} (\d+)$/m.exec(await res.text())?.[1] ?? NaN);
  }
  return total / 1e6;
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
