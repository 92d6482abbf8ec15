import { describe, expect, it } from 'vitest';
import { applyClockAction, clockPhase, createClock, formatRemaining, remainingMs } from '../../../shared/protocol/clock.js';

const MIN = 60_000;

describe('clock', () => {
  it('starts counting down from its length', () => {
    const c = applyClockAction(createClock(20), 'start', 1_000);
    expect(remainingMs(c, 1_000)).toBe(20 * MIN);
    expect(remainingMs(c, 1_000 + 5 * MIN)).toBe(15 * MIN);
    expect(clockPhase(c, 1_000)).toBe('running');
  });

  it('has no length without minutes (no clock by default), and gets one when the leader starts it', () => {
    const none = createClock(null);
    expect(none).toMatchObject({ status: 'idle', durationMs: 0 });
    const started = applyClockAction(none, 'start', 1_000, 15);
    expect(remainingMs(started, 1_000)).toBe(15 * MIN);
  });

  it('freezes while paused and resumes where it stopped', () => {
    const started = applyClockAction(createClock(20), 'start', 0);
    const paused = applyClockAction(started, 'pause', 5 * MIN);
    expect(remainingMs(paused, 50 * MIN)).toBe(15 * MIN);
    expect(clockPhase(paused, 50 * MIN)).toBe('paused');
    const resumed = applyClockAction(paused, 'resume', 50 * MIN);
    expect(remainingMs(resumed, 51 * MIN)).toBe(14 * MIN);
  });

  it('adds minutes while running, paused, and after time is up', () => {
    const running = applyClockAction(applyClockAction(createClock(20), 'start', 0), 'add', 10 * MIN, 2);
    expect(remainingMs(running, 10 * MIN)).toBe(12 * MIN);
    const paused = applyClockAction(applyClockAction(applyClockAction(createClock(20), 'start', 0), 'pause', MIN), 'add', MIN, 5);
    expect(remainingMs(paused, 99 * MIN)).toBe(24 * MIN);
    const up = applyClockAction(applyClockAction(createClock(1), 'start', 0), 'add', 3 * MIN, 2);
    expect(remainingMs(up, 3 * MIN)).toBe(2 * MIN);
    expect(up.status).toBe('running');
  });

  it('warns in the last two minutes and says time is up at zero', () => {
    const c = applyClockAction(createClock(20), 'start', 0);
    expect(clockPhase(c, 17 * MIN)).toBe('running');
    expect(clockPhase(c, 18 * MIN)).toBe('warning');
    expect(clockPhase(c, 20 * MIN)).toBe('up');
    expect(clockPhase(applyClockAction(c, 'end', MIN), MIN)).toBe('up');
  });

  it('shows the same remaining time for any client whose offset is measured, whatever its own clock says', () => {
    const serverNow = 1_700_000_000_000;
    const c = applyClockAction(createClock(20), 'start', serverNow);
    const clientClock = serverNow + 7 * MIN; // a laptop 7 minutes fast
    const offset = serverNow - clientClock;
    expect(remainingMs(c, clientClock + offset)).toBe(20 * MIN);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatRemaining(20 * MIN)).toBe('20:00');
    expect(formatRemaining(61_001)).toBe('1:02');
    expect(formatRemaining(0)).toBe('0:00');
    expect(formatRemaining(-5)).toBe('0:00');
  });
});
