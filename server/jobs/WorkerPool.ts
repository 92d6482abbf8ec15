/**
 * A small pool of worker threads for heavy jobs (compaction, bundle.zip,
 * large CSVs), so none of them holds the event loop that every pair room
 * shares (issue "Airtight", findings 2 and 5: a compaction stalled
 * `/healthz` 4.6 s, one bundle.zip 41.6 s).
 *
 * At most `size` jobs run at once, one per worker; up to `queueLimit` wait
 * behind them, and a job beyond that is refused at once with
 * {@link PoolBusyError} (an export answers 503 with `Retry-After`). Workers
 * start when first needed, are reused, and stop on {@link WorkerPool.close}.
 *
 * The server runs TypeScript through tsx, in `npm run serve` and in vitest
 * alike; a worker loads `jobWorker.ts` through tsx's `tsImport`, which
 * works in both (a plain `--import tsx` in the worker's execArgv does not
 * on Node 20: its loader hooks do not reach worker threads).
 */
import { Worker } from 'node:worker_threads';
import type { JobInput, JobName, JobOutput, JobReply, JobRequest } from './jobs.js';

/** A job refused because the pool's queue is full. */
export class PoolBusyError extends Error {
  constructor(readonly pool: string) {
    super(`the ${pool} pool is busy`);
  }
}

export interface WorkerPoolOptions {
  /** Named in errors and logs. */
  readonly name: string;
  /** Jobs running at once (one worker each). */
  readonly size: number;
  /** Jobs that may wait for a worker; one more is refused. */
  readonly queueLimit: number;
}

interface Waiting {
  readonly request: JobRequest;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  current: Waiting | null;
}

const WORKER_URL = new URL('./jobWorker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
/** Loads the TypeScript entry through tsx, in the worker. */
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(TSX_API)}))`;

export class WorkerPool {
  private readonly idle: Slot[] = [];
  private readonly busy = new Set<Slot>();
  private readonly queue: Waiting[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {}

  /** Jobs running now. */
  get running(): number {
    return this.busy.size;
  }

  /** Jobs waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Runs job `name` in a worker; rejects with {@link PoolBusyError} at once
   * when `size` jobs run and `queueLimit` wait. Buffers in `transfer` move
   * to the worker (unusable here afterwards).
   */
  run<K extends JobName>(name: K, input: JobInput<K>, transfer: ArrayBuffer[] = []): Promise<JobOutput<K>> {
    if (this.closed) return Promise.reject(new Error(`the ${this.options.name} pool is closed`));
    const runningOrStarting = this.busy.size;
    if (runningOrStarting >= this.options.size && this.queue.length >= this.options.queueLimit) {
      return Promise.reject(new PoolBusyError(this.options.name));
    }
    return new Promise<unknown>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, name, input }, transfer, resolve, reject });
      this.dispatch();
    }) as Promise<JobOutput<K>>;
  }

  /** Starts queued jobs on free workers (starting workers up to `size`). */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.busy.size < this.options.size ? this.startWorker() : null);
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.current = job;
      this.busy.add(slot);
      slot.worker.postMessage(job.request, job.transfer);
    }
  }

  private startWorker(): Slot {
    const worker = new Worker(BOOTSTRAP, { eval: true, execArgv: [], name: `pairplan-${this.options.name}` });
    const slot: Slot = { worker, current: null };
    worker.on('message', (reply: JobReply) => {
      const job = slot.current;
      if (!job || job.request.id !== reply.id) return;
      slot.current = null;
      this.busy.delete(slot);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.error));
      if (!this.closed) this.idle.push(slot);
      this.dispatch();
    });
    const fail = (error: Error): void => {
      this.busy.delete(slot);
      const at = this.idle.indexOf(slot);
      if (at >= 0) this.idle.splice(at, 1);
      slot.current?.reject(error);
      slot.current = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`${this.options.name} worker exited (${code})`)));
    return slot;
  }

  /** Stops every worker; running and queued jobs are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error(`the ${this.options.name} pool is closed`));
    const workers = [...this.idle, ...this.busy].map((slot) => slot.worker);
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
