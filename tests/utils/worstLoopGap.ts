/** The longest gap between ticks of a 5 ms interval while `work` runs: how long the event loop was held. */
export async function worstLoopGap<T>(work: () => Promise<T>): Promise<{ result: T; gapMs: number }> {
  let last = performance.now();
  let gapMs = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    gapMs = Math.max(gapMs, now - last);
    last = now;
  }, 5);
  try {
    return { result: await work(), gapMs };
  } finally {
    clearInterval(probe);
  }
}
