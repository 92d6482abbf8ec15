import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ChimePlayer } from '../../../client/features/pair-room/ChimePlayer.js';
import { chimePlayer } from '../../../client/features/pair-room/ChimePlayer.js';
import { CHIME_MUTED_STORAGE_KEY, reloadChimeMuted, setChimeMuted } from '../../../client/features/pair-room/chimeMuted.js';
import { CHIME_NOTES } from '../../../client/features/pair-room/chimeSound.js';
import { Countdown } from '../../../client/features/pair-room/Countdown.js';
import { crossedIntoTimesUp } from '../../../client/features/pair-room/crossedIntoTimesUp.js';
import type { ClockPhase, ClockState } from '../../../shared/protocol/clock.js';
import type { WorkshopLive } from '../../../shared/protocol/live.js';
import { createRoom, receiveControl, renderInRoom } from '../roomHarness.js';

const live = (clock: ClockState): WorkshopLive => ({ clock, locked: false, broadcast: null });
const running = (msLeft: number): ClockState => ({ status: 'running', durationMs: 1_200_000, endsAt: Date.now() + msLeft, remainingMs: 1_200_000 });
const ENDED: ClockState = { status: 'ended', durationMs: 1_200_000, endsAt: null, remainingMs: 0 };
const PAUSED: ClockState = { status: 'paused', durationMs: 1_200_000, endsAt: null, remainingMs: 30_000 };

let play: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  localStorage.clear();
  reloadChimeMuted();
  play = vi.spyOn(chimePlayer, 'play').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A pair room's countdown, with the server saying the clock is `clock`. */
function roomWithClock(clock: ClockState) {
  const room = createRoom();
  renderInRoom(<Countdown />, room);
  const set = (next: ClockState) => receiveControl(room, { t: 'workshop', live: live(next), serverNow: Date.now() });
  set(clock);
  return { set };
}

describe('crossedIntoTimesUp', () => {
  const table: [ClockPhase | null, ClockPhase | null, boolean][] = [
    ['running', 'up', true],
    ['warning', 'up', true],
    ['paused', 'up', true],
    [null, 'up', false],
    ['idle', 'up', false],
    ['up', 'up', false],
    ['warning', 'warning', false],
    ['up', 'running', false],
    ['warning', null, false],
  ];
  it.each(table)('%s → %s: %s', (previous, next, rings) => expect(crossedIntoTimesUp(previous, next)).toBe(rings));
});

describe('time’s-up chime', () => {
  it('rings once when the countdown runs out on this screen', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    roomWithClock(running(1_000));
    expect(screen.getByTestId('countdown').className).toContain('countdown--warning');
    act(() => vi.advanceTimersByTime(1_250));
    expect(screen.getByRole('timer').textContent).toBe("Time's up");
    expect(play).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(5_000));
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('rings when the leader ends the clock early', () => {
    const { set } = roomWithClock(PAUSED);
    set(ENDED);
    expect(play).toHaveBeenCalledTimes(1);
  });

  it('does not ring when the room opens with time already up', () => {
    const { set } = roomWithClock(ENDED);
    expect(screen.getByRole('timer').textContent).toBe("Time's up");
    set(ENDED);
    expect(play).not.toHaveBeenCalled();
  });

  it('does not ring when the person muted it', () => {
    setChimeMuted(true);
    const { set } = roomWithClock(running(60_000));
    set(ENDED);
    expect(play).not.toHaveBeenCalled();
  });

  it('rings again for a second run of the clock', () => {
    const { set } = roomWithClock(running(60_000));
    set(ENDED);
    set(running(60_000));
    set(ENDED);
    expect(play).toHaveBeenCalledTimes(2);
  });
});

describe('ChimeToggle', () => {
  it('is a keyboard toggle button (aria-pressed) whose choice is remembered', async () => {
    const user = userEvent.setup();
    roomWithClock(running(60_000));
    const toggle = screen.getByRole('button', { name: 'Mute chime' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem(CHIME_MUTED_STORAGE_KEY)).toBe('true');
    await user.keyboard(' ');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(localStorage.getItem(CHIME_MUTED_STORAGE_KEY)).toBe('false');
  });

  it('starts muted when the person muted it on an earlier visit', () => {
    localStorage.setItem(CHIME_MUTED_STORAGE_KEY, 'true');
    reloadChimeMuted();
    roomWithClock(running(60_000));
    expect(screen.getByRole('button', { name: 'Mute chime' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('is there before the clock starts, so a person can mute ahead of time', () => {
    roomWithClock({ status: 'idle', durationMs: 1, endsAt: null, remainingMs: 1 });
    expect(screen.queryByTestId('countdown')).toBeNull();
    expect(screen.getByRole('button', { name: 'Mute chime' })).toBeTruthy();
  });
});

/** A stand-in AudioContext that records what is scheduled. */
class FakeAudioContext {
  state: AudioContextState = 'suspended';
  currentTime = 10;
  readonly destination = {} as AudioDestinationNode;
  readonly started: { frequency: number; at: number }[] = [];
  resumes = 0;
  resume = vi.fn(async () => {
    this.resumes++;
    this.state = 'running';
  });
  createGain() {
    const param = { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
    return { gain: param, connect: (node: unknown) => node };
  }
  createOscillator() {
    let frequency = 0;
    return {
      type: 'sine',
      frequency: { setValueAtTime: (value: number) => (frequency = value) },
      connect: (node: unknown) => node,
      start: (at: number) => this.started.push({ frequency, at }),
      stop: vi.fn(),
    };
  }
}

describe('ChimePlayer', () => {
  it('waits for a gesture: unlock creates and resumes the context, then play schedules the notes', () => {
    const contexts: FakeAudioContext[] = [];
    const player = new ChimePlayer(() => {
      contexts.push(new FakeAudioContext());
      return contexts.at(-1) as unknown as AudioContext;
    });
    player.unlock();
    expect(contexts).toHaveLength(1);
    expect(contexts[0].resumes).toBe(1);
    player.unlock();
    expect(contexts).toHaveLength(1);
    player.play();
    const notes = contexts[0].started.filter((n) => CHIME_NOTES.some((c) => c.frequency === n.frequency));
    expect(notes.map((n) => n.frequency)).toEqual(CHIME_NOTES.map((n) => n.frequency));
    expect(notes[0].at).toBeGreaterThanOrEqual(10);
  });

  it('never queues a sound on a suspended context: it asks to resume, then rings', async () => {
    const context = new FakeAudioContext();
    const player = new ChimePlayer(() => context as unknown as AudioContext);
    player.play();
    expect(context.started).toHaveLength(0);
    await vi.waitFor(() => expect(context.started.length).toBeGreaterThan(0));
  });

  it('stays silent where there is no Web Audio', () => {
    const player = new ChimePlayer(null);
    expect(player.supported).toBe(false);
    expect(() => {
      player.unlock();
      player.play();
    }).not.toThrow();
  });
});
