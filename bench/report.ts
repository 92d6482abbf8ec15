/**
 * The benchmark's figures: one row per server and size (the median of the
 * repeated runs that count, metric by metric), printed as a Markdown table,
 * then the ratios ours / theirs. A run whose load generators were saturated
 * (issue 17) is marked and counts for nothing.
 */

/** What one run of one server at one size measured. */
export interface Row {
  readonly target: string;
  /** The Node version the server ran on. */
  readonly node: string;
  readonly workload: string;
  readonly pairs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Keystroke → partner p99 (the typing pairs). */
  readonly key99: number;
  /** The server's own share (pairplan's /metrics): frame arrival to relay, group commit included. */
  readonly server50: number;
  readonly server99: number;
  /** Of that, frame arrival to the store holding it (p99): the store's part. */
  readonly stored99: number;
  /** Tick → viewer: pairplan's dashboards, or the reference servers' observers (mixed workload). */
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
  /** How late the server's timers ran: p99 per sample, and by time (loopLateness.cjs). */
  readonly loopP99: number;
  readonly loopP99ByTime: number;
  /** How late the load generators' own timers ran: delay that is theirs, not the server's. */
  readonly clientLoopP99: number;
  readonly clientLoopP99ByTime: number;
  readonly connectMs: number;
  readonly resyncMs: number;
  readonly ticks: number;
  /** Keystrokes sent in the measured window. */
  readonly keys: number;
  /** Ticks and unticks sent during the load that never reached the partner (every server: the partners read each update's id). */
  readonly lostTicks: number;
  readonly lostKeys: number;
  /** Pairs whose partners, or whose partners and the restarted server, disagree at the end. */
  readonly divergedPairs: number;
  /** Why the load generators were saturated (the run does not count), or null. */
  readonly saturated: string | null;
  /** Of the runs behind this row, how many count (their load generators were not saturated). */
  readonly runsCounted: number;
}

/** Load generators busier than this share of their cores, or with a loop p99 by time above this, measured themselves. */
export const SATURATION = { cpuShare: 0.8, loopP99Ms: 10 } as const;

/**
 * Whether the load generators were saturated in a window, and by what: busier
 * than {@link SATURATION}'s share of their core, or a loop p99 by time
 * (loopLateness.cjs: what a frame arriving at a random moment waits behind
 * one time in a hundred) of 10 ms or more that is also at least the
 * server's own (counted per sample, a loop that spends much of its time in
 * a few long turns looks punctual). A server that stalls sends
 * what it held back in one burst, and the generators' loop is late while
 * they read it: that lateness is the server's (y-websocket at 1,000 pairs,
 * 2026-12-02: server loop p99 40–86 ms, the generators' 12–29 ms at 55 %
 * of their core), and the tail it adds is counted against the server. Only
 * generators later than the server they drive are their own queue.
 */
export function saturation(load: { clientCpu: number; clientLoopByTime: number; serverLoopByTime: number; windowSeconds: number; cores: number }): string | null {
  const share = load.clientCpu / (load.windowSeconds * load.cores);
  if (share >= SATURATION.cpuShare) return `load generators at ${Math.round(share * 100)} % of their core`;
  if (!(load.clientLoopByTime < SATURATION.loopP99Ms) && !(load.clientLoopByTime < load.serverLoopByTime)) {
    return `load generators' loop p99 by time ${load.clientLoopByTime.toFixed(1)} ms, the server's ${load.serverLoopByTime.toFixed(1)} ms`;
  }
  return null;
}

/** The load generators' CPU per update over the server's (issue 17: at most 0.5). */
export const loadShare = (row: Row): number => row.clientCpu / row.steadyCpu;

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

/**
 * One row of medians from repeated runs of the same server and size, over
 * the runs whose load generators were not saturated; when every run was,
 * the median of them all, still marked. It keeps how many runs counted, so
 * a median of one run of three is never shown as a median of three.
 */
export function medianRow(allRuns: readonly Row[]): Row {
  const counted = allRuns.filter((r) => r.saturated === null);
  const runs = counted.length > 0 ? counted : allRuns;
  const keys = Object.keys(runs[0]) as (keyof Row)[];
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const first = runs[0][key];
    if (key === 'saturated') out[key] = counted.length > 0 ? null : `${allRuns.length} of ${allRuns.length} runs saturated (${first})`;
    else if (key === 'runsCounted') out[key] = counted.length;
    else if (typeof first !== 'number') out[key] = first;
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
    `${row.saturated ? `  SATURATED, does not count: ${row.saturated}\n` : ''}` +
    `  p50 ${fmt(row.p50, 2)} p99 ${fmt(row.p99, 2)} ms (in the server ${fmt(row.server50, 2)} / ${fmt(row.server99, 2)}, stored p99 ${fmt(row.stored99, 2)}) · viewer p95 ${fmt(row.dash95)} ms · CPU ${fmt(row.cpu)} s ` +
    `(measured window ${fmt(row.steadyCpu)} s; load generators ${fmt(row.clientCpu)} s) · RSS ${fmt(row.rss, 0)} MB (heap in use ${fmt(row.heapUsedMb, 0)} MB) · ` +
    `loop p99 ${fmt(row.loopP99)} ms, by time ${fmt(row.loopP99ByTime)} ms (load generators ${fmt(row.clientLoopP99)}, by time ${fmt(row.clientLoopP99ByTime)} ms) · lost ${fmt(row.lostTicks, 0)} ticks ${fmt(row.lostKeys, 0)} keys, diverged ${row.divergedPairs}`
  );
}

/** The Markdown table of all rows, and the ratios of pairplan to each reference server (runs that count only). */
export function formatReport(rows: readonly Row[], runsPerRow: number): string {
  const lines = [
    `Median of ${runsPerRow} run${runsPerRow === 1 ? '' : 's'} per row (runs whose load generators saturated left out; a row that counts fewer says how many).`,
    '',
    '| server | Node | workload | pairs | tick→partner p50 / p95 / p99 / max (ms) | keystroke→partner p99 (ms) | of which in the server p50 / p99 (stored p99) (ms) | tick→viewer p50 / p95 (ms) | server CPU s (measured window) | load generators CPU s (× server) | peak RSS MB (idle) | RSS/room KB above idle | server loop p99 (by time) ms | load generators loop p99 (by time) ms | connect all ms | resync after restart ms | ticks / keystrokes | lost ticks / keystrokes | diverged pairs |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.target}${r.saturated ? ` **saturated: ${r.saturated}**` : r.runsCounted < runsPerRow ? ` (${r.runsCounted} of ${runsPerRow} runs count)` : ''} | ${r.node} | ${r.workload} | ${r.pairs} | ${fmt(r.p50, 2)} / ${fmt(r.p95, 2)} / ${fmt(r.p99, 2)} / ${fmt(r.max)} | ${fmt(r.key99, 2)} | ${fmt(r.server50, 2)} / ${fmt(r.server99, 2)} (${fmt(r.stored99, 2)}) | ${fmt(r.dash50)} / ${fmt(r.dash95)} | ${fmt(r.cpu)} (${fmt(r.steadyCpu)}) | ${fmt(r.clientCpu)} (×${fmt(loadShare(r), 2)}) | ${fmt(r.rss, 0)} (${fmt(r.idleRss, 0)}) | ${fmt(r.rssPerRoomKb, 0)} | ${fmt(r.loopP99)} (${fmt(r.loopP99ByTime)}) | ${fmt(r.clientLoopP99)} (${fmt(r.clientLoopP99ByTime)}) | ${fmt(r.connectMs, 0)} | ${fmt(r.resyncMs, 0)} | ${fmt(r.ticks, 0)} / ${fmt(r.keys, 0)} | ${fmt(r.lostTicks, 0)} / ${fmt(r.lostKeys, 0)} | ${r.divergedPairs} |`,
    );
  }
  lines.push('', 'Ratios pairplan / reference (CPU in the measured window, p50, p99), same size and workload:');
  const counts = (r: Row): boolean => r.saturated === null;
  const isOurs = (r: Row): boolean => r.target.startsWith('pairplan') || r.target === 'baseline';
  for (const ours of rows.filter((r) => isOurs(r) && counts(r))) {
    for (const ref of rows.filter((r) => !isOurs(r) && counts(r) && r.pairs === ours.pairs && r.workload === ours.workload)) {
      lines.push(
        `  ${ours.pairs} pairs, ${ours.target} (${ours.node}) vs ${ref.target} (${ref.node}): CPU ×${fmt(ours.steadyCpu / ref.steadyCpu, 2)}, p50 ×${fmt(ours.p50 / ref.p50, 2)}, p99 ×${fmt(ours.p99 / ref.p99, 2)}`,
      );
    }
  }
  return lines.join('\n');
}
