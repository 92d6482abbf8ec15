/**
 * Inventory mode says one thing everywhere (issue 12): the rules bar, the
 * strategy chips and the agree panel read the same standing from the rules
 * engine. With nothing marked nobody "follows the rules", no strategy is
 * "missing" (an inventory asks for none) and "We agree" is blocked.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AgreePanel } from '../../../client/features/pair-room/AgreePanel.js';
import { RulesBar } from '../../../client/features/pair-room/RulesBar.js';
import { StrategySection } from '../../../client/features/pair-room/StrategySection.js';
import { setPick } from '../../../shared/doc/planDoc.js';
import { DISTRICT_INVENTORY as LIST } from '../../../shared/lists/districtInventory.js';
import { MARIA, createRoom, fromPartner, renderInRoom } from '../roomHarness.js';

function renderInventory() {
  const room = createRoom({ list: LIST });
  renderInRoom(
    <>
      <RulesBar />
      {LIST.strategies.map((s) => (
        <StrategySection key={s.id} strategy={s} />
      ))}
      <AgreePanel />
    </>,
    room,
  );
  return room;
}

const chips = () => LIST.strategies.map((s) => screen.getByTestId(`coverage-${s.id}`).textContent);
const agreeButton = () => within(screen.getByTestId('agree-panel')).getByRole('button', { name: 'We agree' });

describe('inventory mode status', () => {
  it('with nothing marked: no "follows the rules", no "Missing", and "We agree" blocked with the reason', async () => {
    const user = userEvent.setup();
    const room = renderInventory();
    const bar = screen.getByTestId('rules-bar').textContent;
    expect(bar).toContain('0 ✓ now · 0 ☆ future · 0 of 6 strategies');
    expect(bar).toContain('Mark at least one activity ✓ now or ☆ future to agree.');
    expect(bar).not.toContain('The plan follows the rules.');
    expect(chips()).toEqual(LIST.strategies.map(() => '○ Nothing marked yet'));
    expect(agreeButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByRole('button', { name: 'We agree', description: /Mark at least one activity/ })).toBeTruthy();
    await user.click(agreeButton());
    expect(room.connection.getPlan().agreements).toEqual({});
  });

  it('with one mark: the plan follows the rules, its strategy says "1 marked", and agreeing works', async () => {
    const user = userEvent.setup();
    const room = renderInventory();
    const id = LIST.strategies[1].activities[0].id;
    fromPartner(room, (doc) => setPick(doc, id, MARIA, 5, 'future'));
    const bar = screen.getByTestId('rules-bar').textContent;
    expect(bar).toContain('0 ✓ now · 1 ☆ future · 1 of 6 strategies');
    expect(bar).toContain('The plan follows the rules.');
    expect(bar).not.toContain('Mark at least one');
    expect(chips()).toEqual(LIST.strategies.map((_, i) => (i === 1 ? '✓ 1 marked' : '○ Nothing marked yet')));
    expect(agreeButton().getAttribute('aria-disabled')).toBe('false');
    await user.click(agreeButton());
    expect(Object.keys(room.connection.getPlan().agreements)).toEqual([room.actor.id]);
  });

  it('an unmarked tick is not a mark', () => {
    const room = renderInventory();
    fromPartner(room, (doc) => setPick(doc, LIST.strategies[0].activities[0].id, MARIA, 5));
    expect(screen.getByTestId('rules-bar').textContent).toContain('Mark at least one activity');
    expect(agreeButton().getAttribute('aria-disabled')).toBe('true');
  });
});
