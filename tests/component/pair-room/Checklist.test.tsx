import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrategySection } from '../../../client/features/pair-room/StrategySection.js';
import { RulesBar } from '../../../client/features/pair-room/RulesBar.js';
import { PartnerAnnouncer } from '../../../client/features/pair-room/PartnerAnnouncer.js';
import { removePick, setPick } from '../../../shared/doc/planDoc.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { act } from '@testing-library/react';
import { initI18n } from '../../../client/i18n/index.js';
import { ANA, LIST, MARIA, activityIds, activityText, createRoom, fromPartner, markSynced, partnerJoins, pick, renderInRoom } from '../roomHarness.js';

function Checklist() {
  return (
    <>
      <RulesBar />
      {LIST.strategies.map((s) => (
        <StrategySection key={s.id} strategy={s} />
      ))}
      <PartnerAnnouncer />
    </>
  );
}

describe('the checklist (StrategySection, ActivityItem)', () => {
  it('names every checkbox by its activity text, in list order', () => {
    renderInRoom(<Checklist />, createRoom());
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toEqual(activityIds().map((id) => screen.getByRole('checkbox', { name: activityText(id) })));
  });

  it('groups the activities under an h2 per strategy, with its description', () => {
    renderInRoom(<Checklist />, createRoom());
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(LIST.strategies.map((s) => s.title));
    const section = screen.getByRole('region', { name: 'Share knowledge' });
    expect(within(section).getByText(LIST.strategies[3].description)).toBeTruthy();
    expect(within(section).getAllByRole('checkbox')).toHaveLength(LIST.strategies[3].activities.length);
  });

  it('writes a pick with the session’s actor when ticked, and removes it when unticked', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    const box = screen.getByRole('checkbox', { name: activityText('share-knowledge-2') }) as HTMLInputElement;
    await user.click(box);
    expect(room.connection.getPlan().picks['share-knowledge-2']).toMatchObject({ by: ANA.id, name: ANA.name });
    expect(box.checked).toBe(true);
    expect(screen.getByTestId('rules-bar').textContent).toContain('1 of 14');
    await user.click(box);
    expect(room.connection.getPlan().picks['share-knowledge-2']).toBeUndefined();
    expect(box.checked).toBe(false);
  });

  it('ticks with the keyboard alone', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    const box = screen.getByRole('checkbox', { name: activityText('create-awareness-1') });
    box.focus();
    await user.keyboard(' ');
    expect(room.connection.getPlan().picks['create-awareness-1']).toMatchObject({ by: ANA.id });
  });

  it('refuses a 15th tick with a message and writes nothing', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    const ids = activityIds();
    pick(room, ids.slice(0, 14));
    renderInRoom(<Checklist />, room);
    const fifteenth = screen.getByRole('checkbox', { name: activityText(ids[14]) }) as HTMLInputElement;
    await user.click(fifteenth);
    expect(Object.keys(room.connection.getPlan().picks)).toHaveLength(14);
    expect(room.connection.getPlan().picks[ids[14]]).toBeUndefined();
    expect(fifteenth.checked).toBe(false);
    const alert = screen.getByTestId('refusal');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('You already have 14 activities, the maximum. Untick one first.');
  });

  it('drops the refusal message once a tick makes room', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    const ids = activityIds();
    pick(room, ids.slice(0, 14));
    renderInRoom(<Checklist />, room);
    await user.click(screen.getByRole('checkbox', { name: activityText(ids[14]) }));
    expect(screen.getByTestId('refusal').textContent).toContain('the maximum');
    await user.click(screen.getByRole('checkbox', { name: activityText(ids[0]) }));
    expect(screen.getByTestId('refusal').textContent).toBe('');
  });

  it('shows whose tick a partner’s pick is, by name', () => {
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    fromPartner(room, (doc) => setPick(doc, 'celebrate-milestones-2', MARIA, 5));
    const box = screen.getByRole('checkbox', { name: activityText('celebrate-milestones-2'), description: 'chosen by Maria Lopez' }) as HTMLInputElement;
    expect(box.checked).toBe(true);
  });

  it('announces a partner’s tick and untick politely', () => {
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    markSynced(room);
    fromPartner(room, (doc) => setPick(doc, 'create-awareness-3', MARIA, 5));
    const announcer = screen.getByTestId('partner-announcer');
    expect(announcer.getAttribute('aria-live')).toBe('polite');
    expect(announcer.textContent).toBe(`Maria Lopez chose: ${activityText('create-awareness-3')}`);
    fromPartner(room, (doc) => removePick(doc, 'create-awareness-3'));
    expect(announcer.textContent).toBe(`Unticked: ${activityText('create-awareness-3')}`);
  });

  it('says who unticked when one partner is in the room, in English and Spanish (issue 12)', async () => {
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    markSynced(room);
    partnerJoins(room, MARIA);
    pick(room, ['create-awareness-1', 'create-awareness-2']);
    const announcer = screen.getByTestId('partner-announcer');
    // Ana's own tick, unticked by Maria: the delete does not say who, presence does.
    fromPartner(room, (doc) => removePick(doc, 'create-awareness-1'));
    expect(announcer.textContent).toBe(`Unticked by Maria Lopez: ${activityText('create-awareness-1')}`);
    await act(() => initI18n('es').changeLanguage('es'));
    fromPartner(room, (doc) => removePick(doc, 'create-awareness-2'));
    expect(announcer.textContent).toBe(`Maria Lopez desmarcó: ${activityText('create-awareness-2')}`);
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('names nobody when two others are in the room, since the delete does not say which', () => {
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    markSynced(room);
    partnerJoins(room, MARIA);
    partnerJoins(room, { id: 'p-ben', name: 'Ben Okafor' });
    pick(room, ['create-awareness-1']);
    fromPartner(room, (doc) => removePick(doc, 'create-awareness-1'));
    expect(screen.getByTestId('partner-announcer').textContent).toBe(`Unticked: ${activityText('create-awareness-1')}`);
  });

  it('does not announce your own ticks', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<Checklist />, room);
    markSynced(room);
    await user.click(screen.getByRole('checkbox', { name: activityText('create-awareness-1') }));
    expect(screen.getByTestId('partner-announcer').textContent).toBe('');
  });

  it('disables every tick while the leader has locked the plans', () => {
    const room = createRoom({ live: { clock: { status: 'idle', durationMs: 1, endsAt: null, remainingMs: 1 }, locked: true, broadcast: null } });
    renderInRoom(<Checklist />, room);
    expect(screen.getAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled)).toBe(true);
  });
});

const INVENTORY: ActivityList = {
  id: 'inventory-test',
  title: 'Inventory',
  source: 'test',
  directions: [],
  mode: 'inventory',
  rules: { minPerStrategy: 0, maxTotal: null, minutes: 20 },
  writeIns: false,
  hasStrategies: true,
  strategies: [
    {
      id: 'awareness',
      title: 'Create awareness',
      description: '',
      activities: [
        { id: 'a1', text: 'Present the program to the school board.' },
        { id: 'a2', text: 'Publish a partnership newsletter.' },
      ],
    },
  ],
};

describe('the checklist in inventory mode (InventoryItem)', () => {
  it('marks an item ✓ now, ☆ future or not at all, named by the activity', async () => {
    const user = userEvent.setup();
    const room = createRoom({ list: INVENTORY });
    renderInRoom(<StrategySection strategy={INVENTORY.strategies[0]} />, room);
    const group = within(screen.getByRole('group', { name: 'Present the program to the school board.' }));
    await user.click(group.getByRole('radio', { name: /We do this now/ }));
    expect(room.connection.getPlan().picks.a1).toMatchObject({ by: ANA.id, mark: 'now' });
    await user.click(group.getByRole('radio', { name: /We want to start this/ }));
    expect(room.connection.getPlan().picks.a1).toMatchObject({ mark: 'future' });
    await user.click(group.getByRole('radio', { name: 'Not marked' }));
    expect(room.connection.getPlan().picks.a1).toBeUndefined();
  });

  it('has no maximum unless the rules set one', async () => {
    const user = userEvent.setup();
    const room = createRoom({ list: INVENTORY, rules: { minPerStrategy: 0, maxTotal: 1, minutes: 20 } });
    renderInRoom(
      <>
        <RulesBar />
        <StrategySection strategy={INVENTORY.strategies[0]} />
      </>,
      room,
    );
    await user.click(within(screen.getByRole('group', { name: 'Present the program to the school board.' })).getByRole('radio', { name: /now/ }));
    await user.click(within(screen.getByRole('group', { name: 'Publish a partnership newsletter.' })).getByRole('radio', { name: /now/ }));
    expect(Object.keys(room.connection.getPlan().picks)).toEqual(['a1']);
    expect(screen.getByTestId('refusal').textContent).toContain('You already have 1 activities');
  });
});
