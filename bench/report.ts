/**
 * The benchmark's figures: one row per server and size (the median of the
 * repeated runs, metric by metric), printed as a Markdown table, then the
 * ratios ours / theirs.
 */

/** What one run of one server at one size measured. */
export interface Row {
  readonly target: string;
  readonly pairs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** The server's own share (pairplan's /metrics): frame arrival to relay, group commit included. */
  readonly server50: number;
  readonly server99: number;
  readonly dash50: number;
  readonly dash95: number;
  /** Server CPU seconds (every process of the target) from the first connect to the end of the load. */
  readonly cpu: number;
  /** Server CPU seconds during the measured window only. */
  readonly steadyCpu: number;
  /** Load generators' CPU seconds during the measured window. */
  readonly clientCpu: number;
  readonly rss: number;
  /** pairplan's JavaScript heap in use at the end of the measured window (what of the RSS is live data and garbage not yet collected). */
  readonly heapUsedMb: number;
  readonly idleRss: number;
  readonly rssPerRoomKb: number;
  readonly loopP99: number;
  /** How late the load generators' own timers ran (p99): delay that is theirs, not the server's. */
  readonly clientLoopP99: number;
  readonly connectMs: number;
  readonly resyncMs: number;
  readonly ticks: number;
  /** Ticks sent during the load minus update messages the partners received (pairplan only: NaN for the references). */
  readonly lostTicks: number;
  /** Pairs whose partners, or whose partners and the restarted server, disagree at the end. */
  readonly divergedPairs: number;
}

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const median = (values: number[]): number => {
  const finite = values.filter(Number.isFinite);
  return finite.length === 0 ? NaN : percentile(finite, 50);
};

/** One row of medians from repeated runs of the same server and size. */
export function medianRow(runs: readonly Row[]): Row {
  const keys = Object.keys(runs[0]) as (keyof Row)[];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = runs[0][key];
    if (typeof first !== 'number') out[key] = first;
    // Losses are summed over the runs, never hidden in a median.
    else if (key === 'lostTicks' || key === 'divergedPairs') out[key] = runs.reduce((n, r) => n + (r[key] as number), 0);
    else out[key] = median(runs.map((r) => r[key] as number));
  }
  return out as unknown as Row;
}

const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** A one-line summary of a run, for the progress log. */
export function formatProgress(row: Row): string {
  return (
    `  p50 ${fmt(row.p50, 2)} p99 ${fmt(row.p99, 2)} ms (in the server ${fmt(row.server50, 2)} / ${fmt(row.server99, 2)}) · dashboard p95 ${fmt(row.dash95)} ms · CPU ${fmt(row.cpu)} s ` +
    `(measured window ${fmt(row.steadyCpu)} s; load generators ${fmt(row.clientCpu)} s) · RSS ${fmt(row.rss, 0)} MB (heap in use ${fmt(row.heapUsedMb, 0)} MB) · ` +
    `loop p99 ${fmt(row.loopP99)} ms (load generators ${fmt(row.clientLoopP99)} ms) · lost ${fmt(row.lostTicks, 0)}, diverged ${row.divergedPairs}`
  );
}

/** The Markdown table of all rows, and the ratios of pairplan to each reference server. */
export function formatReport(rows: readonly Row[], runsPerRow: number): string {
  const lines = [
    `Median of ${runsPerRow} run${runsPerRow === 1 ? '' : 's'} per row.`,
    '',
    '| server | pairs | tick→partner p50 / p95 / p99 / max (ms) | of which in the server p50 / p99 (ms) | tick→dashboard p50 / p95 (ms) | server CPU s (measured window) | load generators CPU s | peak RSS MB (idle) | RSS/room KB above idle | server loop p99 ms | load generators loop p99 ms | connect all ms | resync after restart ms | ticks | lost ticks | diverged pairs |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.target} | ${r.pairs} | ${fmt(r.p50, 2)} / ${fmt(r.p95, 2)} / ${fmt(r.p99, 2)} / ${fmt(r.max)} | ${fmt(r.server50, 2)} / ${fmt(r.server99, 2)} | ${fmt(r.dash50)} / ${fmt(r.dash95)} | ${fmt(r.cpu)} (${fmt(r.steadyCpu)}) | ${fmt(r.clientCpu)} | ${fmt(r.rss, 0)} (${fmt(r.idleRss, 0)}) | ${fmt(r.rssPerRoomKb, 0)} | ${fmt(r.loopP99)} | ${fmt(r.clientLoopP99)} | ${fmt(r.connectMs, 0)} | ${fmt(r.resyncMs, 0)} | ${fmt(r.ticks, 0)} | ${fmt(r.lostTicks, 0)} | ${r.divergedPairs} |`,
    );
  }
  lines.push('', 'Ratios pairplan / reference (CPU in the measured window, p50, p99):');
  for (const ours of rows.filter((r) => r.target.startsWith('pairplan'))) {
    for (const ref of rows.filter((r) => !r.target.startsWith('pairplan') && r.pairs === ours.pairs)) {
      lines.push(`  ${ours.pairs} pairs vs ${ref.target}: CPU ×${fmt(ours.steadyCpu / ref.steadyCpu, 2)}, p50 ×${fmt(ours.p50 / ref.p50, 2)}, p99 ×${fmt(ours.p99 / ref.p99, 2)}`);
    }
  }
  return lines.join('\n');
}
