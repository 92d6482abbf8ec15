import { describe, expect, it } from 'vitest';
import { attachmentName } from '../../../client/api/facilitatorApi.js';
import { keyFromHash } from '../../../client/features/leader/facilitatorKey.js';
import { IDLE_AFTER_MS, isIdle } from '../../../client/features/dashboard/selectPairs.js';
import { stepSpotlight } from '../../../client/features/projector/spotlightOrder.js';
import { planWith, summary } from '../leaderHarness.js';

describe('keyFromHash', () => {
  it.each([
    ['#key=abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEFG', 'abcdefghijklmnopqrstuvwxyz_-0123456789ABCDEFG'],
    ['#key=' + 'a'.repeat(43) + '&x=1', 'a'.repeat(43)],
    ['', null],
    ['#key=', null],
    ['#key=short', null],
    ['#key=' + 'a'.repeat(40) + '<script>', null],
    ['#other=' + 'a'.repeat(43), null],
  ])('reads %j as %j', (hash, key) => {
    expect(keyFromHash(hash)).toBe(key);
  });
});

describe('attachmentName', () => {
  it.each([
    ['attachment; filename="spring-tally.csv"', 'spring-tally.csv'],
    ["attachment; filename*=UTF-8''taller-oto%C3%B1o.csv", 'taller-otoño.csv'],
    ['attachment', null],
    [null, null],
  ])('reads %j', (header, name) => {
    expect(attachmentName(header)).toBe(name);
  });
});

describe('stepSpotlight', () => {
  const order = [1, 3, 4];
  it.each([
    [null, 1, 1],
    [null, -1, 4],
    [1, 1, 3],
    [4, 1, 1],
    [1, -1, 4],
    // Pair 2 is not in the order (any more): go on to the nearest one that is.
    [2, 1, 3],
    [2, -1, 1],
    [5, 1, 1],
  ] as const)('from %j by %j goes to %j', (current, step, next) => {
    expect(stepSpotlight(order, current, step)).toBe(next);
  });

  it('has nowhere to go with no pairs', () => {
    expect(stepSpotlight([], null, 1)).toBeNull();
  });
});

describe('isIdle', () => {
  const now = 10_000_000;
  it('is a started, unagreed pair with no change for three minutes', () => {
    expect(isIdle(summary(1, planWith(['create-awareness-1']), { lastChangeAt: now - IDLE_AFTER_MS }), now)).toBe(true);
    expect(isIdle(summary(1, planWith(['create-awareness-1']), { lastChangeAt: now - IDLE_AFTER_MS + 1 }), now)).toBe(false);
  });

  it('is never a pair that has not started', () => {
    expect(isIdle(summary(1, undefined, { lastChangeAt: null }), now)).toBe(false);
  });
});
