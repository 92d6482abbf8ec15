/**
 * Issue 14 in the pair room (brief "live"): the help button withdraws a
 * request, "On my way" shows at the top with the time when the server's
 * answer arrives, the warning banner follows the workshop's chosen time,
 * the lock's countdown shows after zero, and the chime rings at the warning.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chimePlayer } from '../../../client/features/pair-room/ChimePlayer.js';
import { Countdown } from '../../../client/features/pair-room/Countdown.js';
import { crossedIntoWarning } from '../../../client/features/pair-room/crossedIntoWarning.js';
import { HelpAnswerBanner } from '../../../client/features/pair-room/HelpAnswerBanner.js';
import { HelpToggle } from '../../../client/features/pair-room/HelpToggle.js';
import { TimesUpNotice } from '../../../client/features/pair-room/TimesUpNotice.js';
import { answerHelp, toSnapshot } from '../../../shared/doc/planDoc.js';
import type { ClockState } from '../../../shared/protocol/clock.js';
import type { WorkshopLive } from '../../../shared/protocol/live.js';
import { createRoom, fromPartner, receiveControl, renderInRoom } from '../roomHarness.js';

const running = (msLeft: number): ClockState => ({ status: 'running', durationMs: 1_200_000, endsAt: Date.now() + msLeft, remainingMs: 1_200_000 });
const ENDED: ClockState = { status: 'ended', durationMs: 1_200_000, endsAt: null, remainingMs: 0 };
const live = (clock: ClockState, extra: Partial<WorkshopLive> = {}): WorkshopLive => ({ clock, locked: false, broadcast: null, ...extra });

let play: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  localStorage.clear();
  play = vi.spyOn(chimePlayer, 'play').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('help in the pair room', () => {
  it('asks, shows "On my way" with the time once the leader answers, and withdraws', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(
      <>
        <HelpAnswerBanner />
        <HelpToggle />
      </>,
      room,
    );
    await user.click(screen.getByRole('button', { name: 'Ask for help' }));
    expect(screen.getByTestId('help-status').textContent).toMatch(/^Ana Ruiz asked the leader for help at \d{1,2}:\d{2}/);
    expect(screen.getByTestId('help-answer').textContent).toBe('');
    // The server's answer arrives as a remote update.
    fromPartner(room, (doc) => answerHelp(doc, 'acknowledge', Date.now()));
    expect(screen.getByTestId('help-answer').textContent).toMatch(/^On my way The leader answered at \d{1,2}:\d{2}/);
    await user.click(screen.getByRole('button', { name: 'Withdraw the request' }));
    expect(toSnapshot(room.connection.doc).help).toMatchObject({ on: false });
    expect(screen.getByTestId('help-answer').textContent).toBe('');
    expect(screen.getByRole('button', { name: 'Ask for help' })).toBeTruthy();
  });
});

describe("time's up in the pair room", () => {
  it('warns at the chosen time, not before', () => {
    const room = createRoom();
    renderInRoom(<TimesUpNotice />, room);
    receiveControl(room, { t: 'workshop', live: live(running(4 * 60_000), { warningMs: 3 * 60_000 }), serverNow: Date.now() });
    expect(screen.getByTestId('times-up-notice').textContent).toBe('');
    receiveControl(room, { t: 'workshop', live: live(running(4 * 60_000), { warningMs: 5 * 60_000 }), serverNow: Date.now() });
    expect(screen.getByTestId('times-up-notice').textContent).toMatch(/^Almost time: (4:0[01]|3:59) left/);
  });

  it('counts down to the automatic lock after zero, and says nothing once locked', () => {
    const room = createRoom();
    renderInRoom(<TimesUpNotice />, room);
    receiveControl(room, { t: 'workshop', live: live(ENDED, { autoLock: true, autoLockAt: Date.now() + 20_000 }), serverNow: Date.now() });
    expect(screen.getByTestId('times-up-notice').textContent).toMatch(/^Time is up: the plans lock in 0:(19|2[01])/);
    receiveControl(room, { t: 'workshop', live: live(ENDED, { locked: true, autoLock: true, autoLockAt: null }), serverNow: Date.now() });
    expect(screen.getByTestId('times-up-notice').textContent).toBe('');
  });

  it('rings the chime when the clock reaches the warning, and announces the chosen time', () => {
    const room = createRoom();
    renderInRoom(<Countdown />, room);
    receiveControl(room, { t: 'workshop', live: live(running(4 * 60_000), { warningMs: 60_000 }), serverNow: Date.now() });
    expect(play).not.toHaveBeenCalled();
    receiveControl(room, { t: 'workshop', live: live(running(4 * 60_000), { warningMs: 5 * 60_000 }), serverNow: Date.now() });
    expect(play).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Almost time: 5:00 left.')).toBeTruthy();
  });
});

describe('crossedIntoWarning', () => {
  it.each([
    ['running', 'warning', true],
    [null, 'warning', false],
    ['paused', 'warning', false],
    ['warning', 'warning', false],
    ['running', 'up', false],
  ] as const)('%s → %s: %s', (previous, next, rings) => expect(crossedIntoWarning(previous, next)).toBe(rings));
});
