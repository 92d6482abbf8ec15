/**
 * What an operator watches, in the Prometheus text format at `GET /metrics`
 * (only when METRICS_TOKEN is set; see metricsRoute). Counts and
 * latencies only: never an id, a name or a key.
 *
 * The tick latency is the server's own share of a tick's trip: from the
 * frame's arrival to its relay to the partners, group commit included. It
 * is a cumulative histogram, so a scraper (the benchmark, say) subtracts
 * two scrapes to get the latency of the time between them. The stored
 * latency is the part of it spent waiting for the store (SQLite's or
 * PostgreSQL's group commit): a slow disk or database shows there first.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Upper bounds of the latency buckets, in milliseconds. */
export const LATENCY_BUCKETS_MS = [0.25, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 250, 500, 1000] as const;

/** A cumulative latency histogram with fixed buckets (Prometheus-style). */
export class LatencyHistogram {
  /** Observations per bucket (not cumulative), the last one above every bound. */
  readonly counts: number[] = new Array<number>(LATENCY_BUCKETS_MS.length + 1).fill(0);
  sumMs = 0;
  count = 0;

  observe(ms: number): void {
    let i = 0;
    while (i < LATENCY_BUCKETS_MS.length && ms > LATENCY_BUCKETS_MS[i]) i++;
    this.counts[i]++;
    this.sumMs += ms;
    this.count++;
  }

  /** Prometheus lines for this histogram, in seconds. */
  format(name: string, help: string): string[] {
    const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
    let cumulative = 0;
    LATENCY_BUCKETS_MS.forEach((bound, i) => {
      cumulative += this.counts[i];
      lines.push(`${name}_bucket{le="${bound / 1000}"} ${cumulative}`);
    });
    lines.push(`${name}_bucket{le="+Inf"} ${this.count}`, `${name}_sum ${this.sumMs / 1000}`, `${name}_count ${this.count}`);
    return lines;
  }
}

/** One metric's HELP and TYPE lines and its samples (label set, value). */
function metric(name: string, type: 'counter' | 'gauge', help: string, samples: readonly [string, number][]): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples.map(([labels, value]) => `${name}${labels} ${value}`)];
}

/** Numbers read when scraped. */
export interface MetricsGauges {
  readonly roomsLoaded: number;
  readonly sockets: number;
}

/** Sampling interval of the event-loop monitor; the histogram holds whole intervals, so it is taken off. */
const LOOP_RESOLUTION_MS = 10;

export class Metrics {
  /** Frame in → relayed to the partners (validation, group commit, apply). */
  readonly tickRelay = new LatencyHistogram();
  /** Frame in → the store has it durably (group commit included): the part of tickRelay that is the store's. */
  readonly updateStored = new LatencyHistogram();
  updatesAccepted = 0;
  updatesRefused = 0;
  /** Updates accepted with the items that broke a rule undone (the sender kept its connection). */
  updatesUndone = 0;
  /** Frames dropped or refused without closing the connection, by reason (see FRAME_DROP_REASONS). */
  readonly framesDropped = new Map<string, number>();
  private readonly loop = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });

  constructor() {
    this.loop.enable();
  }

  /** The whole exposition, with `gauges` read now. */
  format(gauges: MetricsGauges): string {
    const lateMs = (ns: number): number => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
    const memory = process.memoryUsage();
    return [
      ...this.tickRelay.format('pairplan_tick_relay_seconds', 'From an update frame arriving to its relay to the partners, group commit included.'),
      ...this.updateStored.format('pairplan_update_stored_seconds', 'From an update frame arriving to the store holding it durably (group commit included).'),
      ...metric('pairplan_updates_accepted_total', 'counter', 'Updates validated, stored and relayed.', [['', this.updatesAccepted]]),
      ...metric('pairplan_updates_refused_total', 'counter', 'Updates refused (invalid, locked, too large); the connection was closed.', [['', this.updatesRefused]]),
      ...metric('pairplan_updates_undone_total', 'counter', 'Updates accepted with the items that broke a rule (past the maximum, agreeing to a plan that breaks the rules) undone.', [['', this.updatesUndone]]),
      ...metric('pairplan_frames_dropped_total', 'counter', 'Frames dropped without closing their connection, by reason.', [...this.framesDropped].map(([reason, n]) => [`{reason="${reason}"}`, n] as [string, number])),
      ...metric('pairplan_rooms_loaded', 'gauge', 'Pair rooms in memory.', [['', gauges.roomsLoaded]]),
      ...metric('pairplan_sockets', 'gauge', 'WebSockets open (pair rooms and dashboards).', [['', gauges.sockets]]),
      ...metric('pairplan_memory_bytes', 'gauge', 'Memory of this process: resident set, JavaScript heap used and reserved, memory held outside the heap.', [
        ['{kind="rss"}', memory.rss],
        ['{kind="heap_used"}', memory.heapUsed],
        ['{kind="heap_total"}', memory.heapTotal],
        ['{kind="external"}', memory.external],
      ]),
      ...metric('pairplan_event_loop_delay_seconds', 'gauge', 'How late the event loop ran timers since start (p50, p99, max).', [
        ['{quantile="0.5"}', lateMs(this.loop.percentile(50)) / 1000],
        ['{quantile="0.99"}', lateMs(this.loop.percentile(99)) / 1000],
        ['{quantile="1"}', lateMs(this.loop.max) / 1000],
      ]),
      '',
    ].join('\n');
  }

  /** Stops the event-loop monitor. */
  close(): void {
    this.loop.disable();
  }
}
