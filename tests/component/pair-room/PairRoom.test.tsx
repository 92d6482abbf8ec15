import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { PairRoom } from '../../../client/features/pair-room/PairRoom.js';
import { initI18n } from '../../../client/i18n/index.js';
import { setPick } from '../../../shared/doc/planDoc.js';
import { DISTRICT_FACILITATOR_ACTIONS } from '../../../shared/lists/districtFacilitatorActions.js';
import { ESSENTIAL_LIST_SPANISH } from '../../../shared/lists/essentialListSpanish.js';
import { ANA, LIST, MARIA, createRoom, fromPartner, partnerJoins, renderInRoom } from '../roomHarness.js';

function renderRoom() {
  const room = createRoom();
  const session = { workshopId: 'w-test', pair: 3, participantId: ANA.id, name: ANA.name };
  const workshop = { id: 'w-test', title: 'Fall leadership workshop', joinCode: 'K7M2QX', list: LIST, rules: LIST.rules, pairCount: 4 };
  renderInRoom(<PairRoom connection={room.connection} session={session} workshop={workshop} />, room);
  return room;
}

describe('PairRoom', () => {
  it('shows the workshop, the pair, who is here and the list', () => {
    const room = renderRoom();
    partnerJoins(room, MARIA);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fall leadership workshop');
    expect(screen.getByTestId('pair-number').textContent).toBe('Pair 3');
    expect(within(screen.getByTestId('presence')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ARAna Ruiz (you)', 'MLMaria Lopez']);
    for (const prompt of LIST.prompts ?? []) expect(screen.getByText(prompt)).toBeTruthy();
    expect(screen.getByText('Directions')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: /^Most Essential List 2020-21/ })).toBeTruthy();
    expect(screen.getByTestId('list-source').textContent).toMatch(/^Jansorn, N\. R\., & Epstein, J\. L\. \(2019\)/);
    expect(screen.getAllByRole('checkbox')).toHaveLength(LIST.strategies.reduce((n, s) => n + s.activities.length, 0));
  });

  it('says on each strategy card, in words, whether it is covered', () => {
    const room = renderRoom();
    fromPartner(room, (doc) => setPick(doc, 'share-knowledge-1', MARIA, 1));
    expect(within(screen.getByTestId('strategy-share-knowledge')).getByText(/Covered · 1 chosen/)).toBeTruthy();
    expect(within(screen.getByTestId('strategy-create-awareness')).getByText(/Missing/)).toBeTruthy();
  });

  it('has landmarks for the rules bar and the agreement', () => {
    renderRoom();
    expect(screen.getByRole('region', { name: 'Where the plan stands' })).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Agree on your plan' })).toBeTruthy();
  });

  it('opens a chosen item’s details to tag goals, write a note and flag a split', async () => {
    const user = userEvent.setup();
    const room = renderRoom();
    fromPartner(room, (doc) => setPick(doc, 'share-knowledge-1', MARIA, 1));
    const toggle = screen.getByRole('button', { name: /^Details/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // Within the item's details panel (the plan draft below has the same goal boxes).
    const panel = within(document.getElementById(toggle.getAttribute('aria-controls')!)!);
    await user.click(panel.getByRole('checkbox', { name: /^School ATPs/ }));
    await user.type(panel.getByRole('textbox', { name: /^Note/ }), 'Start in spring');
    await user.click(panel.getByRole('checkbox', { name: /^We split on this/ }));
    expect(room.connection.getPlan().details['share-knowledge-1']).toEqual({ goals: ['schools'], note: 'Start in spring', split: true });
    expect(screen.getByText('Split')).toBeTruthy();
  });

  it('switches to Spanish, the Essential List with it: activities, strategies, THINK prompts, rules bar', async () => {
    renderRoom();
    await act(() => initI18n('es').changeLanguage('es'));
    expect(screen.getByRole('button', { name: 'Estamos de acuerdo' })).toBeTruthy();
    expect(screen.getByTestId('rules-bar').textContent).toContain('0 de 14');
    expect(screen.getByTestId('rules-bar').textContent).toContain('falta: Crear conciencia');
    const checkbox = screen.getByRole('checkbox', { name: ESSENTIAL_LIST_SPANISH.activities['create-awareness-1'].text });
    expect(checkbox.id).toBe('activity-create-awareness-1');
    expect(screen.getByText(ESSENTIAL_LIST_SPANISH.activities['create-awareness-1'].text).getAttribute('lang')).toBe('es');
    expect(screen.getByRole('heading', { name: 'Crear conciencia' })).toBeTruthy();
    for (const prompt of ESSENTIAL_LIST_SPANISH.prompts ?? []) expect(screen.getByText(prompt)).toBeTruthy();
    expect(screen.queryByText(LIST.strategies[0].activities[0].text)).toBeNull();
    await act(() => initI18n('en').changeLanguage('en'));
    expect(screen.getByText(LIST.strategies[0].activities[0].text).getAttribute('lang')).toBe('en');
  });

  it('shows a list without a Spanish translation in its own language, marked as English', async () => {
    const room = createRoom({ list: DISTRICT_FACILITATOR_ACTIONS });
    const session = { workshopId: 'w-test', pair: 1, participantId: ANA.id, name: ANA.name };
    const list = DISTRICT_FACILITATOR_ACTIONS;
    const workshop = { id: 'w-test', title: 'Taller', joinCode: 'K7M2QX', list, rules: list.rules, pairCount: 1 };
    renderInRoom(<PairRoom connection={room.connection} session={session} workshop={workshop} />, room);
    await act(() => initI18n('es').changeLanguage('es'));
    const first = list.strategies[0].activities[0];
    expect(screen.getByText(first.text, { selector: 'legend.item-text' }).getAttribute('lang')).toBe('en');
    fromPartner(room, (doc) => setPick(doc, first.id, MARIA, 1, 'now'));
    const draftItem = within(screen.getByTestId(`draft-${first.id}`));
    expect(draftItem.getByText(first.text).closest('.draft-activity')?.getAttribute('lang')).toBe('en');
    expect(screen.getByText('Borrador del plan')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: list.title }).getAttribute('lang')).toBe('en');
    expect(screen.getByText('Instrucciones')).toBeTruthy();
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('has no axe violations', async () => {
    const room = renderRoom();
    fromPartner(room, (doc) => setPick(doc, 'share-knowledge-1', MARIA, 1));
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
