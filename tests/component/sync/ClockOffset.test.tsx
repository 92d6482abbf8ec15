import { describe, expect, it } from 'vitest';
import { ClockOffset } from '../../../client/sync/ClockOffset.js';

describe('ClockOffset', () => {
  it('is 0 before any sample', () => {
    expect(new ClockOffset().offset).toBe(0);
  });

  it('computes serverNow + rtt/2 − now from a ping round trip', () => {
    const clock = new ClockOffset();
    const id = clock.startPing(1_000);
    expect(clock.handlePong(id, 50_000, 1_100, 40_000)).toBe(true);
    expect(clock.offset).toBe(50_000 + 50 - 40_000);
    expect(clock.rtt).toBe(100);
  });

  it('keeps the sample with the smallest round trip', () => {
    const clock = new ClockOffset();
    const fast = clock.startPing(0);
    const slow = clock.startPing(0);
    clock.handlePong(fast, 10_000, 20, 5_000);
    expect(clock.handlePong(slow, 99_999, 400, 5_000)).toBe(false);
    expect(clock.offset).toBe(10_000 + 10 - 5_000);
  });

  it('uses a server timestamp without a round trip only until a ping returns', () => {
    const clock = new ClockOffset();
    expect(clock.addRough(10_000, 4_000)).toBe(true);
    expect(clock.offset).toBe(6_000);
    expect(clock.addRough(20_000, 4_000)).toBe(false);
    const id = clock.startPing(0);
    clock.handlePong(id, 10_000, 1_000, 3_000);
    expect(clock.offset).toBe(10_000 + 500 - 3_000);
  });

  it('ignores unknown, repeated and non-finite pongs', () => {
    const clock = new ClockOffset();
    expect(clock.handlePong(42, 1, 1, 1)).toBe(false);
    const id = clock.startPing(0);
    expect(clock.handlePong(id, Number.NaN, 10, 10)).toBe(false);
    expect(clock.handlePong(id, 100, 10, 10)).toBe(true);
    expect(clock.handlePong(id, 100, 10, 10)).toBe(false);
  });

  it('forgets every sample on reset (a new connection may reach another server)', () => {
    const clock = new ClockOffset();
    clock.addRough(10_000, 0);
    const id = clock.startPing(0);
    clock.reset();
    expect(clock.offset).toBe(0);
    expect(clock.handlePong(id, 1, 1, 1)).toBe(false);
  });
});
