/**
 * Two partners with the same initials look different without colour
 * (issue 12): the presence list, the "chosen by" badge and the agree panel
 * draw the same distinct labels.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AgreePanel } from '../../../client/features/pair-room/AgreePanel.js';
import { PresenceList } from '../../../client/features/pair-room/PresenceList.js';
import { StrategySection } from '../../../client/features/pair-room/StrategySection.js';
import { setPick } from '../../../shared/doc/planDoc.js';
import { LIST, createRoom, fromPartner, partnerJoins, renderInRoom } from '../roomHarness.js';

const ANA_DIAZ = { id: 'p-ana', name: 'Ana Diaz' };
const ALBERTO = { id: 'p-alberto', name: 'Alberto Duran' };
const badges = (el: HTMLElement) => [...el.querySelectorAll('.avatar')].map((a) => a.textContent);

describe('avatars with colliding initials', () => {
  it('are "AnD" and "AlD" in the presence list, on the chosen activity and in the agree panel', () => {
    const room = createRoom({ actor: ANA_DIAZ });
    renderInRoom(
      <>
        <PresenceList />
        <StrategySection strategy={LIST.strategies[0]} />
        <AgreePanel />
      </>,
      room,
    );
    partnerJoins(room, ALBERTO);
    const activity = LIST.strategies[0].activities[0];
    fromPartner(room, (doc) => setPick(doc, activity.id, ALBERTO, 5));
    expect(badges(screen.getByTestId('presence'))).toEqual(['AnD', 'AlD']);
    expect(badges(screen.getByRole('checkbox', { name: activity.text }).closest('li')!)).toEqual(['AlD']);
    expect(badges(within(screen.getByTestId('agree-panel')).getByRole('list', { name: 'Partners' }))).toEqual(['AnD', 'AlD']);
  });

  it('keep plain initials when nobody shares them', () => {
    const room = createRoom({ actor: ANA_DIAZ });
    renderInRoom(<PresenceList />, room);
    partnerJoins(room, { id: 'p-maria', name: 'Maria Lopez' });
    expect(badges(screen.getByTestId('presence'))).toEqual(['AD', 'ML']);
  });
});
