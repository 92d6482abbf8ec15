import { describe, expect, it } from 'vitest';
import { coalesce } from '../../../server/rooms/coalesce.js';

/** A task whose runs begin and finish when the test says so. */
function gatedTask(): { task: (begin: () => void) => Promise<void>; runs: number; begins: number[]; proceed: () => void } {
  const gates: (() => void)[] = [];
  const state = {
    runs: 0,
    begins: [] as number[],
    task: async (begin: () => void) => {
      state.runs++;
      await new Promise<void>((r) => gates.push(r));
      begin();
      state.begins.push(Date.now());
      await new Promise<void>((r) => gates.push(r));
    },
    proceed: () => gates.shift()?.(),
  };
  return state;
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('coalesce', () => {
  it('shares one run among the requests made before it began', async () => {
    const gated = gatedTask();
    const request = coalesce(gated.task, 0);
    const first = request();
    expect(request()).toBe(first);
    expect(request()).toBe(first);
    await tick();
    expect(gated.runs).toBe(1);
  });

  it('starts a new run for a request made after the running one began, at least the interval later', async () => {
    const gated = gatedTask();
    const request = coalesce(gated.task, 60);
    const first = request();
    await tick();
    gated.proceed(); // the first run begins (reads)
    await tick();
    const second = request();
    expect(second).not.toBe(first);
    expect(request()).toBe(second);
    gated.proceed(); // the first run ends
    await first;
    await new Promise((r) => setTimeout(r, 80));
    expect(gated.runs).toBe(2);
    gated.proceed();
    await tick();
    gated.proceed();
    await second;
    expect(gated.begins[1] - gated.begins[0]).toBeGreaterThanOrEqual(59);
  });

  it('lets the next request start at once after a run that never began, or failed', async () => {
    let calls = 0;
    const request = coalesce(async () => {
      calls++;
      if (calls === 2) throw new Error('store down');
    }, 10_000);
    await request();
    await expect(request()).rejects.toThrow('store down');
    await request();
    expect(calls).toBe(3);
  });
});
