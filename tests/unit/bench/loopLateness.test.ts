import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startLoopSampler, summarizeIntervals } from '../../../bench/loopLateness.cjs';
import { eventually } from '../../utils/eventually.js';

describe('summarizeIntervals', () => {
  it('sees a loop that spends its time in a few long turns, which the per-sample p99 misses', () => {
    // 10 s: five turns of 200 ms (a tenth of the time) among 900 punctual intervals of 10 ms.
    const late = summarizeIntervals([...Array<number>(900).fill(10), ...Array<number>(5).fill(200)], 10);
    expect(late.p99).toBe(0);
    expect(late.p99ByTime).toBe(190);
    expect(late.max).toBe(190);
    expect(late.p50).toBe(0);
  });

  it('reads a punctual loop as punctual', () => {
    expect(summarizeIntervals(Array<number>(1000).fill(10), 10)).toEqual({ p50: 0, p99: 0, p99ByTime: 0, max: 0 });
    expect(summarizeIntervals([], 10)).toEqual({ p50: 0, p99: 0, p99ByTime: 0, max: 0 });
  });

  it('by time is never below by count, never above the max, and is the lateness of an interval that holds the last 1 % of the time', () => {
    fc.assert(
      // Distinct intervals: with ties, more than one answer would hold.
      fc.property(fc.uniqueArray(fc.integer({ min: 10, max: 5000 }), { minLength: 1, maxLength: 400, size: 'max' }), (intervals) => {
        const late = summarizeIntervals(intervals, 10);
        expect(late.p99ByTime).toBeGreaterThanOrEqual(late.p99 - 1e-9);
        expect(late.p99ByTime).toBeLessThanOrEqual(late.max);
        expect(late.p50).toBeLessThanOrEqual(late.p99);
        const total = intervals.reduce((a, b) => a + b, 0);
        const lateness = (ms: number): number => Math.max(0, ms - 10);
        // The intervals later than the answer hold at most 1 % of the time; with it, more.
        const longer = intervals.filter((ms) => lateness(ms) > late.p99ByTime).reduce((a, b) => a + b, 0);
        const atLeast = intervals.filter((ms) => lateness(ms) >= late.p99ByTime).reduce((a, b) => a + b, 0);
        expect(longer).toBeLessThanOrEqual(total / 100 + 1e-9);
        expect(atLeast).toBeGreaterThan(total / 100 - 1e-9);
      }),
    );
  });
});

describe('startLoopSampler', () => {
  it('measures a turn that blocks the loop, and forgets it at a reset', async () => {
    const sampler = startLoopSampler(10);
    try {
      const blockUntil = performance.now() + 150;
      while (performance.now() < blockUntil) {
        // A long turn, as a server busy with every socket's frames at once.
      }
      await eventually(() => expect(sampler.summary().max).toBeGreaterThanOrEqual(130));
      expect(sampler.summary().p99ByTime).toBeGreaterThanOrEqual(130);
      sampler.reset();
      expect(sampler.summary().max).toBe(0);
    } finally {
      sampler.stop();
    }
  });
});
