/**
 * How long the pair room waits before reconnecting after the server could
 * not save (STORE_FAILED, issue 12). y-websocket would come back within
 * 200 ms, to a store that is likely still failing: 570 attempts in 6 s.
 */
export const STORE_RETRY = {
  /** The pause after the first failure, ms. */
  firstMs: 500,
  /** The longest pause, ms. */
  maxMs: 10_000,
  /** Each pause is shortened by up to this share, so partners do not retry in step. */
  jitter: 0.25,
} as const;

/** The pause before retry number `attempt` (0 for the first): doubling from 0.5 s to 10 s, jittered. */
export function storeRetryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(STORE_RETRY.maxMs, STORE_RETRY.firstMs * 2 ** attempt);
  return Math.round(base * (1 - STORE_RETRY.jitter * random()));
}
