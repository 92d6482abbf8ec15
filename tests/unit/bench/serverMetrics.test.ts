import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../../server/metrics/Metrics.js';
import { parseTickBuckets, percentileBetween } from '../../../bench/serverMetrics.js';

/** A scrape of a histogram with these observations (ms). */
function scrape(observations: number[]): ReturnType<typeof parseTickBuckets> {
  const h = new LatencyHistogram();
  for (const ms of observations) h.observe(ms);
  return parseTickBuckets(h.format('pairplan_tick_relay_seconds', 'x').join('\n'));
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
