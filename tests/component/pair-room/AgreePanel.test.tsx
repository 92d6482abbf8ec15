import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgreePanel } from '../../../client/features/pair-room/AgreePanel.js';
import { agree, setDetail, setPick } from '../../../shared/doc/planDoc.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import { ANA, MARIA, createRoom, fromPartner, partnerJoins, pick, renderInRoom } from '../roomHarness.js';

const ONE_PER_STRATEGY = ['create-awareness-1', 'align-program-policy-1', 'guide-learning-1', 'share-knowledge-1', 'celebrate-milestones-1', 'document-progress-1'];

const agreeButton = () => screen.getByRole('button', { name: 'We agree' });

describe('AgreePanel', () => {
  it('blocks agreeing while the rules do not hold, and says why', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ['create-awareness-1']);
    renderInRoom(<AgreePanel />, room);
    expect(agreeButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'We agree', description: /Choose at least 1 activity for Align program and policy/ })).toBeTruthy();
    await user.click(agreeButton());
    expect(room.connection.getPlan().agreements).toEqual({});
  });

  it('proposes the plan when the only partner present agrees', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<AgreePanel />, room);
    expect(agreeButton().getAttribute('aria-disabled')).toBe('false');
    await user.click(agreeButton());
    const plan = room.connection.getPlan();
    expect(plan.agreements[ANA.id]).toMatchObject({ name: ANA.name, fingerprint: planFingerprint(plan) });
    expect(screen.getByTestId('agree-status').textContent).toContain('Plan proposed: every partner here agreed.');
    expect(screen.getByRole('list', { name: 'Partners' }).textContent).toBe('ARAna Ruiz (you)✓ agreed');
  });

  it('waits for every partner present before proposing', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<AgreePanel />, room);
    partnerJoins(room, MARIA);
    await user.click(agreeButton());
    expect(screen.getByTestId('agree-status').textContent).not.toContain('Plan proposed');
    const people = screen.getByRole('list', { name: 'Partners' }).textContent;
    expect(people).toContain('Ana Ruiz (you)✓ agreed');
    expect(people).toContain('Maria Lopez… waiting');
    fromPartner(room, (doc) => agree(doc, MARIA, planFingerprint(room.connection.getPlan()), 9));
    expect(screen.getByTestId('agree-status').textContent).toContain('Plan proposed');
  });

  it('withdraws agreements visibly when the plan changes afterwards', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<AgreePanel />, room);
    partnerJoins(room, MARIA);
    fromPartner(room, (doc) => agree(doc, MARIA, planFingerprint(room.connection.getPlan()), 9));
    await user.click(agreeButton());
    expect(screen.getByTestId('agree-status').textContent).toContain('Plan proposed');
    fromPartner(room, (doc) => setPick(doc, 'share-knowledge-2', MARIA, 10));
    const status = screen.getByTestId('agree-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain("Maria Lopez's agreement was withdrawn because the choices changed — agree again.");
    expect(status.textContent).toContain('Your agreement was withdrawn because the choices changed — agree again.');
    expect(status.textContent).not.toContain('Plan proposed');
    expect(agreeButton()).toBeTruthy();
  });

  it('says what an agreement covers, and keeps it while a note or the plan draft changes', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<AgreePanel />, room);
    expect(screen.getByTestId('agreement-covers').textContent).toBe(
      'An agreement covers the chosen activities, their marks and the write-ins\' text: changing any of them withdraws every agreement. Notes, goals, "we split on this" and the plan draft can be added afterwards without withdrawing it.',
    );
    partnerJoins(room, MARIA);
    fromPartner(room, (doc) => agree(doc, MARIA, planFingerprint(room.connection.getPlan()), 9));
    await user.click(agreeButton());
    fromPartner(room, (doc) => {
      setDetail(doc, ONE_PER_STRATEGY[0], 'note', 'Ask the principals first');
      setDetail(doc, ONE_PER_STRATEGY[0], 'timeline', 'Sept');
      setDetail(doc, ONE_PER_STRATEGY[0], 'split', true);
    });
    expect(room.connection.getPlan().details[ONE_PER_STRATEGY[0]]?.note).toBe('Ask the principals first');
    expect(screen.getByTestId('agree-status').textContent).toContain('Plan proposed');
  });

  it('lets a partner take back their own agreement', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, ONE_PER_STRATEGY);
    renderInRoom(<AgreePanel />, room);
    await user.click(agreeButton());
    await user.click(screen.getByRole('button', { name: 'Take back my agreement' }));
    expect(room.connection.getPlan().agreements).toEqual({});
    expect(agreeButton()).toBeTruthy();
  });

  it('blocks agreeing when simultaneous ticks went past the maximum', () => {
    const room = createRoom();
    pick(room, [...ONE_PER_STRATEGY, 'create-awareness-2', 'create-awareness-3', 'create-awareness-4', 'align-program-policy-2', 'align-program-policy-3', 'align-program-policy-4', 'guide-learning-2', 'guide-learning-3']);
    renderInRoom(<AgreePanel />, room);
    fromPartner(room, (doc) => setPick(doc, 'guide-learning-4', MARIA, 10));
    expect(agreeButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Too many activities: 15 chosen, the maximum is 14. Remove 1 to agree.')).toBeTruthy();
  });
});
