import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { BroadcastBanner } from '../../../client/features/pair-room/BroadcastBanner.js';
import { Countdown } from '../../../client/features/pair-room/Countdown.js';
import { LockedNotice } from '../../../client/features/pair-room/LockedNotice.js';
import type { ClockState } from '../../../shared/protocol/clock.js';
import type { WorkshopLive } from '../../../shared/protocol/live.js';
import { createRoom, receiveControl, renderInRoom } from '../roomHarness.js';

const IDLE: ClockState = { status: 'idle', durationMs: 1_200_000, endsAt: null, remainingMs: 1_200_000 };
const live = (clock: ClockState, extra: Partial<WorkshopLive> = {}): WorkshopLive => ({ clock, locked: false, broadcast: null, ...extra });
const running = (endsAt: number): ClockState => ({ status: 'running', durationMs: 1_200_000, endsAt, remainingMs: 1_200_000 });

describe('Countdown', () => {
  it('shows nothing while the clock is idle', () => {
    renderInRoom(<Countdown />, createRoom({ live: live(IDLE) }));
    expect(screen.queryByTestId('countdown')).toBeNull();
  });

  it('counts down in server time, even when this computer’s clock is an hour off', () => {
    const room = createRoom();
    renderInRoom(<Countdown />, room);
    const serverNow = Date.now() + 3_600_000;
    receiveControl(room, { t: 'workshop', live: live(running(serverNow + 5 * 60_000)), serverNow });
    expect(screen.getByRole('timer').textContent).toBe('5:00');
    expect(screen.getByTestId('countdown').className).toContain('countdown--running');
  });

  it('warns in the last two minutes, in words as well as colour, and announces it once', () => {
    const room = createRoom();
    renderInRoom(<Countdown />, room);
    receiveControl(room, { t: 'workshop', live: live(running(Date.now() + 90_000)), serverNow: Date.now() });
    const countdown = screen.getByTestId('countdown');
    expect(countdown.className).toContain('countdown--warning');
    expect(countdown.textContent).toContain('Almost time');
    expect(screen.getByText('Almost time: 2:00 left.').getAttribute('role')).toBe('status');
  });

  it('says "Time\'s up" at zero', () => {
    const room = createRoom();
    renderInRoom(<Countdown />, room);
    receiveControl(room, { t: 'workshop', live: live({ status: 'ended', durationMs: 1, endsAt: null, remainingMs: 0 }), serverNow: Date.now() });
    expect(screen.getByRole('timer').textContent).toBe("Time's up");
  });

  it('shows a paused clock as paused, without ticking', () => {
    const room = createRoom({ live: live({ status: 'paused', durationMs: 1_200_000, endsAt: null, remainingMs: 61_000 }) });
    renderInRoom(<Countdown />, room);
    expect(screen.getByRole('timer').textContent).toBe('1:01');
    expect(screen.getByTestId('countdown').textContent).toContain('Clock paused');
  });

  it('does not announce the time every second', () => {
    const room = createRoom();
    renderInRoom(<Countdown />, room);
    receiveControl(room, { t: 'workshop', live: live(running(Date.now() + 600_000)), serverNow: Date.now() });
    const timer = screen.getByRole('timer');
    expect(timer.getAttribute('aria-live')).toBeNull();
    expect(timer.closest('[aria-live], [role="status"]')).toBeNull();
  });
});

describe('BroadcastBanner', () => {
  it('shows the leader’s message in a status region', () => {
    const room = createRoom();
    renderInRoom(<BroadcastBanner />, room);
    const region = screen.getByTestId('broadcast');
    expect(region.getAttribute('role')).toBe('status');
    expect(region.textContent).toBe('');
    receiveControl(room, { t: 'workshop', live: live(IDLE, { broadcast: { id: 'b1', text: 'Come back in 2 minutes', at: 1 } }), serverNow: Date.now() });
    expect(region.textContent).toMatch(/^Message from the leader \(at \d{1,2}:\d{2}\s?(AM|PM)?\): Come back in 2 minutes/);
  });

  it('says when a message is for this pair only (issue 14)', () => {
    const room = createRoom();
    renderInRoom(<BroadcastBanner />, room);
    receiveControl(room, { t: 'workshop', live: live(IDLE, { broadcast: { id: 'b2', text: 'Pair 1, join the main room', at: 1, pair: 1 } }), serverNow: Date.now() });
    expect(screen.getByTestId('broadcast').textContent).toMatch(/^Message for your pair \(at .+\): Pair 1, join the main room/);
  });
});

describe('LockedNotice', () => {
  it('says the leader has locked the plans when it happens', () => {
    const room = createRoom({ live: live(IDLE) });
    renderInRoom(<LockedNotice />, room);
    expect(screen.getByTestId('locked-notice').textContent).toBe('');
    receiveControl(room, { t: 'workshop', live: live(IDLE, { locked: true }), serverNow: Date.now() });
    expect(screen.getByTestId('locked-notice').textContent).toContain('The leader has locked the plans.');
  });
});
