/**
 * The workshop clock: one countdown owned by the server. Times are server
 * epoch milliseconds; clients convert with their measured offset
 * (`serverNow = Date.now() + offset`), never trusting their own clock.
 */
import { RULE_BOUNDS } from '../rules/ruleBounds.js';

/** The clock's states. */
export const CLOCK_STATUSES = ['idle', 'running', 'paused', 'ended'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

/** The stored clock. `endsAt` is set while running; `remainingMs` otherwise. */
export interface ClockState {
  readonly status: ClockStatus;
  readonly durationMs: number;
  readonly endsAt: number | null;
  readonly remainingMs: number;
}

/** Actions the leader can take on the clock. */
export const CLOCK_ACTIONS = ['start', 'pause', 'resume', 'add', 'end', 'reset'] as const;
export type ClockAction = (typeof CLOCK_ACTIONS)[number];

/** Minutes a leader may start the clock with or add: half a minute up to the rules' longest clock. */
export const CLOCK_MINUTES = { min: 0.5, max: RULE_BOUNDS.minutes.max } as const;

/** The warning state begins this long before zero, unless the workshop chose another time (shared/protocol/timesUp.ts). */
export const CLOCK_WARNING_MS = 2 * 60_000;

/** A fresh clock of `minutes` (`null`: no length yet; the leader gives one when starting it). */
export function createClock(minutes: number | null): ClockState {
  const durationMs = minutes === null ? 0 : Math.round(minutes * 60_000);
  return { status: 'idle', durationMs, endsAt: null, remainingMs: durationMs };
}

/** Milliseconds left at `serverNow` (never negative). */
export function remainingMs(clock: ClockState, serverNow: number): number {
  if (clock.status === 'running' && clock.endsAt !== null) return Math.max(0, clock.endsAt - serverNow);
  if (clock.status === 'ended') return 0;
  return Math.max(0, clock.remainingMs);
}

/** What a screen shows: counting, warning (the last 2 minutes, or the workshop's chosen time), or time's up. */
export type ClockPhase = 'idle' | 'running' | 'warning' | 'paused' | 'up';

/** The phase at `serverNow`, warning `warningMs` before zero (0: no warning). */
export function clockPhase(clock: ClockState, serverNow: number, warningMs: number = CLOCK_WARNING_MS): ClockPhase {
  const left = remainingMs(clock, serverNow);
  if (clock.status === 'ended' || (clock.status === 'running' && left === 0)) return 'up';
  if (clock.status === 'idle') return 'idle';
  if (clock.status === 'paused') return 'paused';
  return left <= warningMs ? 'warning' : 'running';
}

/** Applies a leader's action at `serverNow`; `minutes` is for `add` (and `start`/`reset` to change the length). */
export function applyClockAction(clock: ClockState, action: ClockAction, serverNow: number, minutes?: number): ClockState {
  const left = remainingMs(clock, serverNow);
  switch (action) {
    case 'start': {
      const durationMs = minutes !== undefined ? Math.round(minutes * 60_000) : clock.durationMs;
      return { status: 'running', durationMs, endsAt: serverNow + durationMs, remainingMs: durationMs };
    }
    case 'pause':
      return clock.status === 'running' ? { ...clock, status: 'paused', endsAt: null, remainingMs: left } : clock;
    case 'resume':
      return clock.status === 'paused' ? { ...clock, status: 'running', endsAt: serverNow + left, remainingMs: left } : clock;
    case 'add': {
      const addMs = Math.round((minutes ?? 0) * 60_000);
      const base = clock.status === 'ended' || (clock.status === 'running' && left === 0) ? 0 : left;
      const next = base + addMs;
      if (clock.status === 'running' || clock.status === 'ended') {
        return { ...clock, status: 'running', durationMs: clock.durationMs + addMs, endsAt: serverNow + next, remainingMs: next };
      }
      return { ...clock, durationMs: clock.durationMs + addMs, remainingMs: next };
    }
    case 'end':
      return { ...clock, status: 'ended', endsAt: null, remainingMs: 0 };
    case 'reset':
      return createClock(minutes !== undefined ? minutes : clock.durationMs / 60_000);
  }
}

/** "12:05" for 725,000 ms; rounds up so 0:00 shows only at zero. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}
