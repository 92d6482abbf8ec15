/**
 * The inventories in a Spanish room (issue 18): each strategy's write-in line
 * has the inventory's own prompt in Spanish ("Otras actividades del distrito
 * para crear conciencia"), marked as Spanish, not the generic label nor the
 * English prompt.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { PairRoom } from '../../../client/features/pair-room/PairRoom.js';
import { initI18n } from '../../../client/i18n/index.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { DISTRICT_INVENTORY_SPANISH } from '../../../shared/lists/districtInventorySpanish.js';
import { STATE_INVENTORY } from '../../../shared/lists/stateInventory.js';
import { STATE_INVENTORY_SPANISH } from '../../../shared/lists/stateInventorySpanish.js';
import type { ActivityList, ListTranslation } from '../../../shared/lists/types.js';
import { ANA, createRoom, renderInRoom } from '../roomHarness.js';

afterEach(async () => {
  await act(() => initI18n('en').changeLanguage('en'));
});

async function renderSpanishRoom(list: ActivityList) {
  const room = createRoom({ list });
  const session = { workshopId: 'w-test', pair: 1, participantId: ANA.id, name: ANA.name };
  const workshop = { id: 'w-test', title: 'Taller', joinCode: 'K7M2QX', list, rules: list.rules, pairCount: 1 };
  renderInRoom(<PairRoom connection={room.connection} session={session} workshop={workshop} />, room);
  await act(() => initI18n('es').changeLanguage('es'));
}

describe.each<{ list: ActivityList; spanish: ListTranslation }>([
  { list: DISTRICT_INVENTORY, spanish: DISTRICT_INVENTORY_SPANISH },
  { list: STATE_INVENTORY, spanish: STATE_INVENTORY_SPANISH },
])('the $list.id in a Spanish room', ({ list, spanish }) => {
  it("labels every strategy's write-in line with the inventory's own prompt in Spanish", async () => {
    await renderSpanishRoom(list);
    for (const strategy of list.strategies) {
      const prompt = spanish.strategies![strategy.id].writeInPrompt!;
      const field = screen.getByRole('textbox', { name: prompt });
      expect(document.querySelector(`label[for="${field.id}"]`)!.getAttribute('lang')).toBe('es');
      expect(screen.queryByRole('textbox', { name: strategy.writeInPrompt! })).toBeNull();
    }
    expect(screen.queryByRole('textbox', { name: /^Otra actividad para/ })).toBeNull();
  });

  it('shows the strategies and activities in Spanish too', async () => {
    await renderSpanishRoom(list);
    const first = list.strategies[0];
    expect(screen.getByRole('heading', { level: 2, name: spanish.strategies![first.id].title })).toBeTruthy();
    const activity = spanish.activities![first.activities[0].id];
    expect(screen.getByText(typeof activity === 'string' ? activity : activity.text)).toBeTruthy();
  });
});
