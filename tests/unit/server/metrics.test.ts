import { describe, expect, it } from 'vitest';
import { LATENCY_BUCKETS_MS, LatencyHistogram, Metrics } from '../../../server/metrics/Metrics.js';
import { parseConfig } from '../../../server/config.js';

describe('LatencyHistogram', () => {
  it('puts each observation in the first bucket whose bound holds it, and counts above the last in +Inf', () => {
    const h = new LatencyHistogram();
    for (const ms of [0.1, 0.25, 0.3, 4, 4000]) h.observe(ms);
    expect(h.counts[0]).toBe(2);
    expect(h.counts[1]).toBe(1);
    expect(h.counts[LATENCY_BUCKETS_MS.indexOf(5)]).toBe(1);
    expect(h.counts[LATENCY_BUCKETS_MS.length]).toBe(1);
    expect(h.count).toBe(5);
  });

  it('formats cumulative buckets in seconds, ending with +Inf, sum and count', () => {
    const h = new LatencyHistogram();
    h.observe(0.4);
    h.observe(12);
    const lines = h.format('x_seconds', 'help');
    expect(lines).toContain('x_seconds_bucket{le="0.00025"} 0');
    expect(lines).toContain('x_seconds_bucket{le="0.0005"} 1');
    expect(lines).toContain('x_seconds_bucket{le="0.015"} 2');
    expect(lines).toContain('x_seconds_bucket{le="+Inf"} 2');
    expect(lines).toContain('x_seconds_count 2');
    expect(lines.find((l) => l.startsWith('x_seconds_sum'))).toBe('x_seconds_sum 0.0124');
  });
});

describe('Metrics', () => {
  it('exposes counters, gauges and the event-loop delay in the Prometheus text format', () => {
    const m = new Metrics();
    m.updatesAccepted = 3;
    m.updatesRefused = 1;
    const text = m.format({ roomsLoaded: 2, sockets: 5 });
    m.close();
    expect(text).toMatch(/^pairplan_updates_accepted_total 3$/m);
    expect(text).toMatch(/^pairplan_updates_refused_total 1$/m);
    expect(text).toMatch(/^pairplan_rooms_loaded 2$/m);
    expect(text).toMatch(/^pairplan_sockets 5$/m);
    expect(Number(/^pairplan_memory_bytes\{kind="heap_used"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    expect(text).toMatch(/^pairplan_event_loop_delay_seconds\{quantile="0.99"\} [0-9.e-]+$/m);
    for (const line of text.trim().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \S+ .+|[a-z_]+(\{[^}]*\})? [0-9.e+-]+)$/);
  });
});

describe('METRICS_TOKEN', () => {
  it('is off by default and refused when too short to be a secret', () => {
    expect(parseConfig({}).metricsToken).toBeNull();
    expect(parseConfig({ METRICS_TOKEN: 'a'.repeat(16) }).metricsToken).toBe('a'.repeat(16));
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });
});
