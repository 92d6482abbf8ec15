import { useEffect, useRef } from 'react';
import type { ClockPhase } from '../../../shared/protocol/clock.js';
import { chimePlayer, type ChimePlayer } from './ChimePlayer.js';
import { useChimeMuted } from './chimeMuted.js';
import { crossedIntoTimesUp } from './crossedIntoTimesUp.js';
import { crossedIntoWarning } from './crossedIntoWarning.js';

/** The events that count as a user gesture for audio (Chrome's autoplay policy). */
const GESTURES = ['pointerdown', 'keydown'] as const;

/**
 * Rings the time's-up chime once when this screen sees the clock run out
 * (not when it opens on a clock already at zero), and once when it reaches
 * the warning before the end (issue 14), unless the person muted
 * it. While unmuted, any click or key press unlocks audio for the page,
 * so the chime can sound later without one.
 */
export function useTimesUpChime(phase: ClockPhase | null, player: ChimePlayer = chimePlayer): void {
  const muted = useChimeMuted();
  const previous = useRef<ClockPhase | null>(null);

  useEffect(() => {
    const before = previous.current;
    previous.current = phase;
    if (!muted && (crossedIntoTimesUp(before, phase) || crossedIntoWarning(before, phase))) player.play();
  }, [phase, muted, player]);

  useEffect(() => {
    if (muted) return;
    const handleGesture = (): void => player.unlock();
    for (const type of GESTURES) window.addEventListener(type, handleGesture, { capture: true, passive: true });
    return () => {
      for (const type of GESTURES) window.removeEventListener(type, handleGesture, { capture: true });
    };
  }, [muted, player]);
}
