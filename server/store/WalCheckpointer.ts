/**
 * SQLite's WAL checkpoints, off the event loop (issue 17).
 *
 * In WAL mode a commit appends to the log and, by default, the connection
 * that commits copies the log back into the database file every 1,000 pages
 * ("autocheckpoint"), with an fsync of each: at 100 pairs that checkpoint,
 * run inside a pair's commit on the event loop, was half of the server's own
 * p99 (in the server 1.55 ms with it, 0.76 ms without). The store turns
 * autocheckpoint off on its connection and asks this worker thread, which
 * holds a second connection to the same file, for a PASSIVE checkpoint once
 * enough has been committed: it never blocks the writer, and the writer
 * starts the log over once everything in it is checkpointed.
 *
 * Durability is unchanged: a transaction is as durable once committed to
 * the log as before; the checkpoint only moves it into the main file. If the
 * worker cannot start or fails, the store's own connection checkpoints again
 * (autocheckpoint back on), so the log never grows without bound.
 */
import { Worker } from 'node:worker_threads';

/** Bytes committed after which a checkpoint is asked for (about SQLite's own 1,000 pages of 4 KB). */
export const CHECKPOINT_AFTER_BYTES = 1024 * 1024;

/** A commit asks for a checkpoint at least this long after the last one began, even when little was written. */
export const CHECKPOINT_EVERY_MS = 5_000;

/**
 * The worker's code, plain CommonJS: it loads the same better-sqlite3 the
 * store's thread resolved (a module hook that redirects it, as the
 * benchmark's Node 22 run has, does not reach worker threads).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
const db = new Database(workerData.file, { fileMustExist: true });
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, log: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.message || error) });
  }
});
`;

type Reply = { ok: true; log: number; checkpointed: number } | { ok: false; error: string };

export class WalCheckpointer {
  /** The worker, once started; `null` before the first checkpoint, and for good once it failed or was closed. */
  private worker: Worker | null = null;
  private stopped = false;
  private inFlight: Promise<void> | null = null;
  private settle: (() => void) | null = null;
  private bytesSince = 0;
  private lastStarted = Date.now();
  /** Checkpoints the worker finished. */
  completed = 0;

  /**
   * `file` is the database; `sqlite` the path of better-sqlite3's entry as
   * the store's thread resolved it; `fallBack` turns the store's own
   * autocheckpoint on again (called once, if the worker fails). The worker
   * starts with the first checkpoint: a store that writes little never has one.
   */
  constructor(
    private readonly file: string,
    private readonly sqlite: string,
    private readonly fallBack: () => void,
  ) {}

  /** Whether checkpoints run in the worker (false once it failed or was closed). */
  get running(): boolean {
    return !this.stopped;
  }

  private start(): Worker {
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], name: 'pairplan-wal-checkpoint', workerData: { file: this.file, sqlite: this.sqlite } });
    worker.unref();
    worker.on('message', (reply: Reply) => {
      if (reply.ok) this.completed++;
      else this.fail();
      this.finish();
    });
    worker.on('error', () => this.fail());
    worker.on('exit', () => this.fail());
    return worker;
  }

  /** Counts `bytes` just committed; asks for a checkpoint when enough was, unless one is running. */
  committed(bytes: number): void {
    this.bytesSince += bytes;
    if (this.stopped || this.inFlight) return;
    if (this.bytesSince < CHECKPOINT_AFTER_BYTES && Date.now() - this.lastStarted < CHECKPOINT_EVERY_MS) return;
    this.bytesSince = 0;
    this.lastStarted = Date.now();
    this.worker ??= this.start();
    this.inFlight = new Promise((resolve) => (this.settle = resolve));
    // Held while a checkpoint runs (its answer is awaited by idle() and close()), let go between them.
    this.worker.ref();
    this.worker.postMessage('checkpoint');
  }

  /** Resolves once no checkpoint is running (the store's own TRUNCATE checkpoint must not meet one). */
  async idle(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  /** Stops the worker (its connection closes first, so the store's close can fold and remove the log). */
  async close(): Promise<void> {
    await this.idle();
    this.stopped = true;
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private finish(): void {
    this.worker?.unref();
    const settle = this.settle;
    this.inFlight = null;
    this.settle = null;
    settle?.();
  }

  private fail(): void {
    if (this.stopped) return;
    this.stopped = true;
    const worker = this.worker;
    this.worker = null;
    this.finish();
    void worker?.terminate();
    this.fallBack();
  }
}
