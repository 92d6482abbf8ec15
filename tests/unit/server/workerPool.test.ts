/**
 * The worker pool runs jobs in worker threads (through tsx, as the server
 * does under vitest and `npm run serve`), at most `size` at once with a
 * bounded queue behind them, and refuses the job beyond.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initPlanDoc, setDetail, setPick, toSnapshot } from '../../../shared/doc/planDoc.js';
import { PoolBusyError, WorkerPool } from '../../../server/jobs/WorkerPool.js';

const pools: WorkerPool[] = [];
const pool = (size: number, queueLimit: number): WorkerPool => {
  const p = new WorkerPool({ name: 'test', size, queueLimit });
  pools.push(p);
  return p;
};
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** A plan whose one note was overwritten `times` times, as stored updates. */
function overwrittenNote(times: number): { updates: Uint8Array[]; doc: Y.Doc } {
  const doc = initPlanDoc(new Y.Doc());
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  setPick(doc, 'a1', { id: 'p1', name: 'Ana' }, 1);
  for (let i = 0; i < times; i++) setDetail(doc, 'a1', 'note', `${i}`.padEnd(500, 'x'));
  return { updates, doc };
}

describe('WorkerPool', () => {
  it('compacts in a worker, dropping deleted content', async () => {
    const { updates, doc } = overwrittenNote(300);
    const stored = updates.reduce((n, u) => n + u.byteLength, 0);
    const compacted = await pool(1, 1).run('compactState', updates);
    expect(stored).toBeGreaterThan(150_000);
    expect(compacted.byteLength).toBeLessThan(2_000);
    const reloaded = initPlanDoc(new Y.Doc());
    Y.applyUpdate(reloaded, compacted);
    expect(toSnapshot(reloaded)).toEqual(toSnapshot(doc));
  });

  it('runs at most `size` jobs, queues `queueLimit` and refuses the next', async () => {
    const p = pool(1, 1);
    const { updates } = overwrittenNote(50);
    const first = p.run('compactState', updates);
    const second = p.run('compactState', updates);
    expect(p.running + p.waiting).toBe(2);
    await expect(p.run('compactState', updates)).rejects.toBeInstanceOf(PoolBusyError);
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
    expect(p.running + p.waiting).toBe(0);
  });

  it('reuses its workers and rejects jobs after close', async () => {
    const p = pool(2, 0);
    const { updates } = overwrittenNote(5);
    await p.run('compactState', updates);
    await p.run('compactState', updates);
    await p.close();
    await expect(p.run('compactState', updates)).rejects.toThrow(/closed/);
  });

  it('passes a job failure back as a rejection', async () => {
    await expect(pool(1, 0).run('compactState', [new Uint8Array([255, 255, 255])])).rejects.toThrow();
  });
});
