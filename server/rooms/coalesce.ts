/**
 * Turns a task into a request function for catch-up work such as a room's
 * resync from the store: requests made before a run has begun share that
 * run (a flood of requests is one run), a request made after a run began
 * gets a new one (it may be about something the running one read too
 * early), and runs begin at least `minIntervalMs` apart (a flood of gaps
 * must not become a flood of store reads).
 *
 * The task calls `begin()` at the point after which a new request needs a
 * new run (for a resync: just before it reads the store). A task that ends
 * without calling it (nothing to do) lets the next request start at once.
 */
export function coalesce(task: (begin: () => void) => Promise<void>, minIntervalMs: number): () => Promise<void> {
  let waiting: { promise: Promise<void> } | null = null;
  let lastBegin = -Infinity;
  return () => {
    if (waiting) return waiting.promise;
    const slot: { promise: Promise<void> } = { promise: Promise.resolve() };
    waiting = slot;
    const begin = (): void => {
      if (waiting === slot) waiting = null;
      lastBegin = Date.now();
    };
    slot.promise = (async () => {
      try {
        const wait = lastBegin + minIntervalMs - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        await task(begin);
      } finally {
        if (waiting === slot) waiting = null;
      }
    })();
    return slot.promise;
  };
}
