import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { RulesBar } from '../../../client/features/pair-room/RulesBar.js';
import { createRoom, fromPartner, pick, renderInRoom, MARIA } from '../roomHarness.js';
import { setPick } from '../../../shared/doc/planDoc.js';

const ELEVEN_WITHOUT_CELEBRATE = [
  'create-awareness-1',
  'create-awareness-2',
  'create-awareness-3',
  'align-program-policy-1',
  'align-program-policy-2',
  'guide-learning-1',
  'guide-learning-2',
  'guide-learning-3',
  'share-knowledge-1',
  'share-knowledge-2',
  'document-progress-1',
];

describe('RulesBar', () => {
  it('says nothing is chosen and every strategy is missing for an empty plan', () => {
    renderInRoom(<RulesBar />, createRoom());
    expect(screen.getByTestId('rules-bar').textContent).toContain(
      '0 of 14 · 0 of 6 strategies · missing: Create awareness, Align program and policy, Guide learning and program development, Share knowledge, Celebrate milestones, Document progress and evaluate outcomes',
    );
  });

  it('says "11 of 14 · 5 of 6 strategies · missing: Celebrate milestones"', () => {
    const room = createRoom();
    pick(room, ELEVEN_WITHOUT_CELEBRATE);
    renderInRoom(<RulesBar />, room);
    expect(screen.getByTestId('rules-bar').textContent).toContain('11 of 14 · 5 of 6 strategies · missing: Celebrate milestones');
  });

  it('is a polite live region, so each change is announced', () => {
    renderInRoom(<RulesBar />, createRoom());
    const bar = screen.getByTestId('rules-bar');
    expect(bar.getAttribute('role')).toBe('status');
    expect(bar.getAttribute('aria-live')).toBe('polite');
  });

  it('follows a partner’s tick', () => {
    const room = createRoom();
    renderInRoom(<RulesBar />, room);
    fromPartner(room, (doc) => setPick(doc, 'celebrate-milestones-1', MARIA, 5));
    expect(screen.getByTestId('rules-bar').textContent).toContain('1 of 14 · 1 of 6 strategies');
  });

  it('shows the over-maximum violation when simultaneous ticks overshoot', () => {
    const room = createRoom();
    pick(room, [...ELEVEN_WITHOUT_CELEBRATE, 'celebrate-milestones-1', 'celebrate-milestones-2', 'celebrate-milestones-3']);
    renderInRoom(<RulesBar />, room);
    fromPartner(room, (doc) => setPick(doc, 'share-knowledge-3', MARIA, 5));
    const bar = screen.getByTestId('rules-bar');
    expect(bar.textContent).toContain('15 of 14 · 6 of 6 strategies');
    expect(bar.textContent).toContain('Too many activities: 15 chosen, the maximum is 14. Remove 1 to agree.');
    expect(bar.textContent).not.toContain('The plan follows the rules.');
  });

  it('says the plan follows the rules once every strategy is covered within the maximum', () => {
    const room = createRoom();
    pick(room, ['create-awareness-1', 'align-program-policy-1', 'guide-learning-1', 'share-knowledge-1', 'celebrate-milestones-1', 'document-progress-1']);
    renderInRoom(<RulesBar />, room);
    expect(screen.getByTestId('rules-bar').textContent).toContain('6 of 14 · 6 of 6 strategies · The plan follows the rules.');
  });

  it('states the rules once: no per-strategy chips (each strategy card says it), no stray mark before an unmet plan', () => {
    const room = createRoom();
    pick(room, ['share-knowledge-2']);
    renderInRoom(<RulesBar />, room);
    expect(screen.queryByRole('list')).toBeNull();
    const line = screen.getByTestId('rules-bar').textContent ?? '';
    expect(line.startsWith('1 of 14 · 1 of 6 strategies · missing: Create awareness')).toBe(true);
    expect(line).not.toContain('•');
  });

});
