/** The lateness of a loop's timer (ms): per interval, by wall time, and its longest. */
export interface LoopLateness {
  readonly p50: number;
  readonly p99: number;
  /** The lateness of the turns the loop spends the last 1 % of its wall time in. */
  readonly p99ByTime: number;
  readonly max: number;
}

export function summarizeIntervals(intervals: readonly number[], resolutionMs: number): LoopLateness;

export function startLoopSampler(resolutionMs: number): {
  reset(): void;
  /** Lateness since the last reset. */
  summary(): LoopLateness;
  stop(): void;
};
