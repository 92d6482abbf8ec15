import { describe, expect, it } from 'vitest';
import { STORE_RETRY, storeRetryDelay } from '../../../client/sync/storeRetryDelay.js';

describe('storeRetryDelay', () => {
  it.each([
    [0, 500],
    [1, 1_000],
    [2, 2_000],
    [4, 8_000],
    [5, 10_000],
    [60, 10_000],
  ])('waits %i → %i ms before jitter, never longer', (attempt, base) => {
    expect(storeRetryDelay(attempt, () => 0)).toBe(base);
    expect(storeRetryDelay(attempt, () => 1)).toBe(Math.round(base * (1 - STORE_RETRY.jitter)));
  });

  it('keeps about three attempts inside a 3 s failure, whatever the jitter', () => {
    for (const random of [() => 0, () => 0.5, () => 0.999]) {
      let elapsed = 0;
      let attempts = 0;
      while (elapsed + storeRetryDelay(attempts, random) < 3_000) elapsed += storeRetryDelay(attempts++, random);
      expect(attempts).toBeGreaterThanOrEqual(2);
      expect(attempts).toBeLessThanOrEqual(3);
    }
  });
});
