/**
 * The server's heavy work, off the event loop: two worker pools, so a
 * leader's 40-second bundle.zip never delays a room's compaction.
 * - compaction: {@link HEAVY_JOBS.compactionWorkers} worker; one compaction
 *   per room at a time, so its queue is bounded by the rooms loaded.
 *   Compactions smaller than {@link HEAVY_JOBS.inProcessCompactBytes} run in
 *   process (a few milliseconds; not worth a worker's start).
 * - exports (and workshop.json imports): {@link HEAVY_JOBS.exportWorkers} running, {@link HEAVY_JOBS.exportQueue}
 *   waiting; the next is refused (the route answers 503 with Retry-After).
 */
import { compactState } from './compactState.js';
import type { JobInput, JobOutput } from './jobs.js';
import { WorkerPool } from './WorkerPool.js';

/** Sizes of the pools. */
export const HEAVY_JOBS = {
  /** Compactions running at once (each in its own worker). */
  compactionWorkers: 1,
  /** Compactions that may wait: one per loaded room at most, so this only guards against a leak. */
  compactionQueue: 10_000,
  /** Total stored bytes under which a compaction runs in process (~2 ms of work). */
  inProcessCompactBytes: 64 * 1024,
  /** Exports (bundle.zip, large CSVs) running at once; the machine has few cores. */
  exportWorkers: 2,
  /** Exports that may wait behind them; the next is refused with 503. */
  exportQueue: 2,
  /** What `Retry-After` says to a refused export, in seconds. */
  exportRetryAfterSeconds: 30,
} as const;

/** Names of the export jobs. */
export type ExportJob = 'bundle' | 'report' | 'workshopFile' | 'importFile';

export class HeavyJobs {
  private readonly compaction = new WorkerPool({ name: 'compaction', size: HEAVY_JOBS.compactionWorkers, queueLimit: HEAVY_JOBS.compactionQueue });
  private readonly exports = new WorkerPool({ name: 'export', size: HEAVY_JOBS.exportWorkers, queueLimit: HEAVY_JOBS.exportQueue });

  /** See compactState: in a worker unless small. The updates' buffers move to the worker. */
  compactState(updates: Uint8Array[]): Promise<Uint8Array> {
    const bytes = updates.reduce((n, u) => n + u.byteLength, 0);
    if (bytes < HEAVY_JOBS.inProcessCompactBytes) return Promise.resolve(compactState(updates));
    const buffers = new Set<ArrayBuffer>();
    for (const u of updates) if (u.buffer instanceof ArrayBuffer) buffers.add(u.buffer);
    return this.compaction.run('compactState', updates, [...buffers]);
  }

  /** Runs an export in the export pool; rejects with PoolBusyError when it is full. */
  runExport<K extends ExportJob>(name: K, input: JobInput<K>, transfer: ArrayBuffer[] = []): Promise<JobOutput<K>> {
    return this.exports.run(name, input, transfer);
  }

  /** Exports running and waiting (for tests and metrics). */
  get exportLoad(): { running: number; waiting: number } {
    return { running: this.exports.running, waiting: this.exports.waiting };
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all([this.compaction.close(), this.exports.close()]);
  }
}
