import { useEffect, useReducer, useSyncExternalStore } from 'react';
import { clockPhase, formatRemaining, remainingMs, type ClockPhase } from '../../shared/protocol/clock.js';
import { warningMsOfLive } from '../../shared/protocol/live.js';
import { useWorkshopLive, type LiveSource } from './useWorkshopLive.js';

/** What the countdown shows. */
export interface Countdown {
  readonly phase: Exclude<ClockPhase, 'idle'>;
  readonly remainingMs: number;
  /** "12:05" */
  readonly text: string;
}

/** How often a running clock re-renders. */
export const COUNTDOWN_TICK_MS = 250;

/** Re-renders every `ms` while `active`. */
function useTick(active: boolean, ms: number): void {
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
  }, [active, ms]);
}

/**
 * The workshop countdown in server time (local clock + measured offset,
 * never the local clock alone); `null` while the clock is idle. Re-renders
 * about four times a second only while the clock runs.
 */
export function useCountdown(source: LiveSource): Countdown | null {
  const live = useWorkshopLive(source);
  const offset = useSyncExternalStore(source.subscribe, source.getOffset);
  const clock = live?.clock ?? null;
  const running = clock?.status === 'running';
  useTick(running, COUNTDOWN_TICK_MS);
  if (clock === null) return null;
  // Read at render: the tick above re-renders, and a stale "now" would show a wrong time for a tick.
  const serverNow = Date.now() + offset;
  const phase = clockPhase(clock, serverNow, warningMsOfLive(live));
  if (phase === 'idle') return null;
  const left = remainingMs(clock, serverNow);
  return { phase, remainingMs: left, text: formatRemaining(left) };
}
