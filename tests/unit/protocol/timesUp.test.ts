import { describe, expect, it } from 'vitest';
import { applyClockAction, clockPhase, createClock, type ClockState } from '../../../shared/protocol/clock.js';
import { helpStatus } from '../../../shared/protocol/helpAnswer.js';
import { AUTO_LOCK_GRACE_MS, TIMES_UP_DEFAULTS, autoLockAtFor, timesUpBody, warningMsOf, withTimesUp } from '../../../shared/protocol/timesUp.js';

const NOW = 1_000_000;
const running = (leftMs: number): ClockState => ({ status: 'running', durationMs: 600_000, endsAt: NOW + leftMs, remainingMs: 600_000 });

describe('clockPhase', () => {
  it.each([
    [150_000, 120_000, 'running'],
    [119_000, 120_000, 'warning'],
    [119_000, 60_000, 'running'],
    [59_000, 60_000, 'warning'],
    [1_000, 0, 'running'],
    [0, 0, 'up'],
  ] as const)('with %i ms left and a %i ms warning is %s', (left, warning, phase) => {
    expect(clockPhase(running(left), NOW, warning)).toBe(phase);
  });

  it('warns two minutes before the end by default', () => {
    expect(clockPhase(running(119_000), NOW)).toBe('warning');
  });
});

describe('autoLockAtFor', () => {
  const on = { warningMinutes: 2, autoLock: true };
  it.each<[string, ClockState, number | null]>([
    ['a running clock: its end plus the grace', running(60_000), NOW + 60_000 + AUTO_LOCK_GRACE_MS],
    ['an ended clock: now plus the grace', applyClockAction(running(60_000), 'end', NOW), NOW + AUTO_LOCK_GRACE_MS],
    ['a paused clock: never', applyClockAction(running(60_000), 'pause', NOW), null],
    ['an idle clock: never', createClock(20), null],
  ])('%s', (_name, clock, due) => {
    expect(autoLockAtFor(clock, on, NOW)).toBe(due);
  });

  it('is never while auto-lock is off, or in a workshop made before the setting', () => {
    expect(autoLockAtFor(running(1_000), { warningMinutes: 2, autoLock: false }, NOW)).toBeNull();
    expect(autoLockAtFor(running(1_000), undefined, NOW)).toBeNull();
  });

  it('moves past the new end when time is added at zero', () => {
    const ended = applyClockAction(running(0), 'end', NOW);
    const added = applyClockAction(ended, 'add', NOW + 5_000, 2);
    expect(autoLockAtFor(added, on, NOW + 5_000, 1_000)).toBe(NOW + 5_000 + 120_000 + 1_000);
  });
});

describe('the defaults the README states', () => {
  it('warn two minutes before the end, lock nothing, and give the automatic lock a 30-second grace', () => {
    expect(TIMES_UP_DEFAULTS).toEqual({ warningMinutes: 2, autoLock: false });
    expect(AUTO_LOCK_GRACE_MS).toBe(30_000);
  });
});

describe('withTimesUp and warningMsOf', () => {
  it('fill in the defaults and apply a partial change', () => {
    expect(withTimesUp(undefined, {})).toEqual(TIMES_UP_DEFAULTS);
    expect(withTimesUp({ warningMinutes: 5, autoLock: true }, { autoLock: false })).toEqual({ warningMinutes: 5, autoLock: false });
    expect(warningMsOf(undefined)).toBe(120_000);
    expect(warningMsOf({ warningMinutes: 0.5, autoLock: false })).toBe(30_000);
  });

  it('the body refuses an empty change, unknown fields and out-of-range minutes', () => {
    expect(timesUpBody.safeParse({}).success).toBe(false);
    expect(timesUpBody.safeParse({ warningMinutes: 2, extra: 1 }).success).toBe(false);
    expect(timesUpBody.safeParse({ warningMinutes: 31 }).success).toBe(false);
    expect(timesUpBody.safeParse({ warningMinutes: 0 }).success).toBe(true);
  });
});

describe('helpStatus', () => {
  const flag = { on: true, by: 'p1', name: 'Ana', at: 1 };
  it('reads none, asked or acknowledged', () => {
    expect(helpStatus(null)).toBe('none');
    expect(helpStatus({ ...flag, on: false, ackAt: 2 })).toBe('none');
    expect(helpStatus(flag)).toBe('asked');
    expect(helpStatus({ ...flag, ackAt: 2 })).toBe('acknowledged');
  });
});
