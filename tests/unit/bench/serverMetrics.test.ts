import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../../server/metrics/Metrics.js';
import { parseBuckets, percentileBetween } from '../../../bench/serverMetrics.js';

/** A scrape of a histogram with these observations (ms). */
function scrape(observations: number[]): ReturnType<typeof parseBuckets> {
  const h = new LatencyHistogram();
  for (const ms of observations) h.observe(ms);
  return parseBuckets(h.format('pairplan_tick_relay_seconds', 'x').join('\n'), 'pairplan_tick_relay_seconds');
}

describe('percentileBetween', () => {
  it('reads percentiles of what was observed between two scrapes only', () => {
    const early = [900, 900, 900];
    const before = scrape(early);
    const after = scrape([...early, ...Array.from({ length: 98 }, () => 0.4), 4, 40]);
    expect(percentileBetween(before, after, 50)).toBeGreaterThan(0.25);
    expect(percentileBetween(before, after, 50)).toBeLessThanOrEqual(0.5);
    expect(percentileBetween(before, after, 99)).toBeGreaterThan(3);
    expect(percentileBetween(before, after, 99)).toBeLessThanOrEqual(5);
    expect(percentileBetween(before, after, 100)).toBeGreaterThan(30);
    expect(percentileBetween(before, after, 100)).toBeLessThanOrEqual(50);
  });

  it('is NaN when nothing was observed in between', () => {
    const same = scrape([1, 2]);
    expect(percentileBetween(same, same, 50)).toBeNaN();
  });
});

describe('parseBuckets', () => {
  it('reads the histogram it is asked for, not its neighbour', () => {
    const [ticks, stored] = [new LatencyHistogram(), new LatencyHistogram()];
    ticks.observe(40);
    stored.observe(0.1);
    stored.observe(0.2);
    const text = [...ticks.format('pairplan_tick_relay_seconds', 'x'), ...stored.format('pairplan_update_stored_seconds', 'y')].join('\n');
    expect(parseBuckets(text, 'pairplan_tick_relay_seconds').get(Infinity)).toBe(1);
    expect(parseBuckets(text, 'pairplan_update_stored_seconds').get(Infinity)).toBe(2);
    expect(parseBuckets(text, 'pairplan_update_stored_seconds').get(0.25)).toBe(2);
  });
});
