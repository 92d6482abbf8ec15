// How late a process's event loop runs, measured the same way in every
// benchmarked server (loopMonitor.cjs) and in the load generators
// (clientWorker.ts). Plain CommonJS: it is preloaded into the reference
// servers, which run without a TypeScript loader.
//
// A timer fires every `resolutionMs`; each interval between two firings is
// one sample, and its lateness is the interval less the resolution. A turn
// of 200 ms is a single sample, however long: counted per sample (as
// monitorEventLoopDelay's histogram counts), five such turns in a 10 s
// window are under 1 % of the samples and leave the p99 at 0 while the
// loop spends a tenth of the time in them. So the
// lateness is also read by time: `p99ByTime` is the lateness of the turns
// the loop spends the last 1 % of its wall time in, which is what a frame
// arriving at a random moment waits behind one time in a hundred.
'use strict';

const { performance } = require('node:perf_hooks');

/** At most this many intervals are kept between two resets (over half an hour at 10 ms). */
const MAX_SAMPLES = 200_000;

/**
 * Percentiles of the lateness of `intervals` (ms between two firings of a
 * timer set to `resolutionMs`): `p50` and `p99` counted per interval,
 * `p99ByTime` weighted by each interval's length, and `max`.
 * @param {readonly number[]} intervals
 * @param {number} resolutionMs
 * @returns {{ p50: number, p99: number, p99ByTime: number, max: number }}
 */
function summarizeIntervals(intervals, resolutionMs) {
  if (intervals.length === 0) return { p50: 0, p99: 0, p99ByTime: 0, max: 0 };
  const sorted = [...intervals].sort((a, b) => a - b);
  const late = (ms) => Math.max(0, ms - resolutionMs);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
  let total = 0;
  for (const ms of sorted) total += ms;
  // From the longest interval down, until the intervals taken hold more than 1 % of the time.
  let taken = 0;
  let byTime = sorted[0];
  for (let i = sorted.length - 1; i >= 0; i--) {
    taken += sorted[i];
    byTime = sorted[i];
    if (taken > total / 100) break;
  }
  return { p50: late(rank(50)), p99: late(rank(99)), p99ByTime: late(byTime), max: late(sorted[sorted.length - 1]) };
}

/**
 * Starts sampling this process's loop every `resolutionMs`; `summary()`
 * reads the lateness since the last `reset()`.
 * @param {number} resolutionMs
 */
function startLoopSampler(resolutionMs) {
  /** @type {number[]} */
  let intervals = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (intervals.length < MAX_SAMPLES) intervals.push(now - last);
    last = now;
  }, resolutionMs);
  timer.unref();
  return {
    reset() {
      intervals = [];
      last = performance.now();
    },
    summary() {
      return summarizeIntervals(intervals, resolutionMs);
    },
    stop() {
      clearInterval(timer);
    },
  };
}

module.exports = { summarizeIntervals, startLoopSampler };
