import { describe, expect, it } from 'vitest';
import { GroupCommit, type QueuedUpdate } from '../../../server/store/GroupCommit.js';

/** A writer whose commits finish only when the test says so. */
function controlledWriter(): { write: (batch: readonly QueuedUpdate[]) => Promise<void>; batches: string[][]; inFlight: () => number; finish: (error?: Error) => void } {
  const batches: string[][] = [];
  const open: { resolve: () => void; reject: (e: Error) => void }[] = [];
  let inFlight = 0;
  return {
    batches,
    inFlight: () => inFlight,
    write: (batch) => {
      batches.push(batch.map((b) => b.room));
      inFlight++;
      return new Promise<void>((resolve, reject) => open.push({ resolve, reject })).finally(() => inFlight--);
    },
    finish: (error) => {
      const next = open.shift();
      if (error) next?.reject(error);
      else next?.resolve();
    },
  };
}

const bytes = new Uint8Array([1]);
const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('commits the appends of one turn together, one commit at a time, the later ones in the next batch', async () => {
    const writer = controlledWriter();
    const queue = new GroupCommit(writer.write);
    const settled: string[] = [];
    for (const room of ['a', 'b']) void queue.append(room, bytes).then(() => settled.push(room));
    await turn();
    expect(writer.batches).toEqual([['a', 'b']]);
    for (const room of ['c', 'd']) void queue.append(room, bytes).then(() => settled.push(room));
    await turn();
    // c and d wait: the first INSERT is still in flight.
    expect(writer.batches).toHaveLength(1);
    expect(writer.inFlight()).toBe(1);
    expect(settled).toEqual([]);
    writer.finish();
    await turn();
    await turn();
    expect(settled).toEqual(['a', 'b']);
    expect(writer.batches).toEqual([['a', 'b'], ['c', 'd']]);
    expect(writer.inFlight()).toBe(1);
    writer.finish();
    await turn();
    expect(settled).toEqual(['a', 'b', 'c', 'd']);
  });

  it('rejects the appends of a failed commit only, and goes on with the next batch', async () => {
    const writer = controlledWriter();
    const queue = new GroupCommit(writer.write);
    const first = queue.append('a', bytes);
    await turn();
    const second = queue.append('b', bytes);
    writer.finish(new Error('disk full'));
    await expect(first).rejects.toThrow('disk full');
    await turn();
    writer.finish();
    await expect(second).resolves.toBeUndefined();
  });

  it('rejects every append of a failed batch, not only its first, and commits those queued meanwhile', async () => {
    const writer = controlledWriter();
    const queue = new GroupCommit(writer.write);
    const failed = [queue.append('a', bytes), queue.append('b', bytes)];
    await turn();
    const later = queue.append('c', bytes);
    writer.finish(new Error('disk full'));
    const settled = await Promise.allSettled(failed);
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
    await turn();
    expect(writer.batches).toEqual([['a', 'b'], ['c']]);
    writer.finish();
    await expect(later).resolves.toBeUndefined();
  });

  it('flush() commits what is queued and waits for the commit in flight', async () => {
    const writes: string[][] = [];
    const queue = new GroupCommit((batch) => void writes.push(batch.map((b) => b.room)));
    const appended = queue.append('a', bytes);
    await queue.flush();
    expect(writes).toEqual([['a']]);
    await appended;
    await turn();
    expect(writes).toEqual([['a']]);
  });
});
