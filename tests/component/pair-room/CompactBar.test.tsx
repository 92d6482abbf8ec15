import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompactBar } from '../../../client/features/pair-room/CompactBar.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import { ANA, createRoom, pick, receiveControl, renderInRoom } from '../roomHarness.js';

const ONE_PER_STRATEGY = ['create-awareness-1', 'align-program-policy-1', 'guide-learning-1', 'share-knowledge-1', 'celebrate-milestones-1', 'document-progress-1'];

describe("CompactBar (the phone's bar)", () => {
  it('holds where the plan stands, and a "We agree" that says why it is blocked', () => {
    const room = createRoom();
    pick(room, ['create-awareness-1']);
    renderInRoom(<CompactBar />, room);
    const bar = within(screen.getByTestId('compact-bar'));
    expect(bar.getByTestId('rules-bar').textContent).toContain('1 of 14 · 1 of 6 strategies');
    const button = bar.getByRole('button', { name: 'We agree', description: /Choose at least 1 activity for Align program and policy/ });
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });

  it('agrees from the bar, and then offers to take it back', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<CompactBar />, room);
    await user.click(screen.getByRole('button', { name: 'We agree' }));
    const plan = room.connection.getPlan();
    expect(plan.agreements[ANA.id]).toMatchObject({ fingerprint: planFingerprint(plan) });
    expect(screen.getByText('Proposed')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Take back my agreement' })).toBeTruthy();
  });

  it('shows the time left once the leader starts the clock', () => {
    const room = createRoom();
    renderInRoom(<CompactBar />, room);
    expect(screen.queryByTestId('countdown')).toBeNull();
    const clock = { status: 'running', durationMs: 600_000, endsAt: Date.now() + 300_000, remainingMs: 300_000 } as const;
    receiveControl(room, { t: 'workshop', live: { clock, locked: false, broadcast: null }, serverNow: Date.now() });
    expect(within(screen.getByTestId('compact-bar')).getByRole('timer').textContent).toMatch(/^[45]:\d\d$/);
  });
});
