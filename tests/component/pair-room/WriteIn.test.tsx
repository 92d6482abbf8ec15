import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RulesBar } from '../../../client/features/pair-room/RulesBar.js';
import { StrategySection } from '../../../client/features/pair-room/StrategySection.js';
import { addWriteIn } from '../../../shared/doc/planDoc.js';
import { LIMITS } from '../../../shared/doc/schema.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { ANA, LIST, MARIA, activityIds, createRoom, fromPartner, pick, renderInRoom } from '../roomHarness.js';

const SHARE = LIST.strategies.find((s) => s.id === 'share-knowledge')!;

function ShareKnowledge() {
  return (
    <>
      <RulesBar />
      <StrategySection strategy={SHARE} />
    </>
  );
}

describe('the write-in line (WriteInLine, WriteInItem)', () => {
  it('adds a write-in with who wrote it, and it counts as chosen', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<ShareKnowledge />, room);
    await user.type(screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }), '  Monthly   family cafe ');
    await user.click(screen.getByRole('button', { name: /^Add/ }));
    const writeIns = Object.values(room.connection.getPlan().writeIns);
    expect(writeIns).toEqual([expect.objectContaining({ strategyId: 'share-knowledge', text: 'Monthly family cafe', by: ANA.id, name: ANA.name })]);
    const item = screen.getByTestId('write-in');
    expect(item.textContent).toContain('Monthly family cafe');
    expect(within(item).getByTitle('written by Ana Ruiz')).toBeTruthy();
    expect(screen.getByTestId('rules-bar').textContent).toContain('1 of 14');
    expect((screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }) as HTMLInputElement).value).toBe('');
  });

  it("labels an inventory's write-in line with the inventory's own prompt for that strategy", async () => {
    const user = userEvent.setup();
    const list = DISTRICT_INVENTORY;
    const awareness = list.strategies.find((s) => s.id === 'create-awareness')!;
    const room = createRoom({ list });
    renderInRoom(<StrategySection strategy={awareness} />, room);
    const field = screen.getByRole('textbox', { name: 'Other district activities to create awareness' });
    await user.type(field, 'Back-to-school night table');
    await user.click(screen.getByRole('button', { name: /^Add/ }));
    expect(Object.values(room.connection.getPlan().writeIns)).toEqual([expect.objectContaining({ strategyId: 'create-awareness', text: 'Back-to-school night table' })]);
  });

  it('adds with Enter in the text field', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<ShareKnowledge />, room);
    await user.type(screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }), 'Family fun night{Enter}');
    expect(Object.values(room.connection.getPlan().writeIns).map((w) => w.text)).toEqual(['Family fun night']);
  });

  it('removes a write-in with its Remove button', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<ShareKnowledge />, room);
    fromPartner(room, (doc) => addWriteIn(doc, 'share-knowledge', 'Podcast for parents', MARIA, 5));
    expect(within(screen.getByTestId('write-in')).getByTitle('written by Maria Lopez')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remove: Podcast for parents' }));
    expect(room.connection.getPlan().writeIns).toEqual({});
    expect(screen.queryByTestId('write-in')).toBeNull();
  });

  it('adds nothing for blank text, and says why', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    renderInRoom(<ShareKnowledge />, room);
    await user.type(screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }), '   ');
    await user.click(screen.getByRole('button', { name: /^Add/ }));
    expect(room.connection.getPlan().writeIns).toEqual({});
    expect(screen.getByText('Type an activity first.')).toBeTruthy();
  });

  it(`stops at ${LIMITS.writeInsPerStrategy} write-ins per strategy`, () => {
    const room = createRoom();
    renderInRoom(<ShareKnowledge />, room);
    fromPartner(room, (doc) => {
      for (let i = 0; i < LIMITS.writeInsPerStrategy; i++) addWriteIn(doc, 'share-knowledge', `Idea ${i}`, MARIA, 5);
    });
    expect((screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText(`Up to ${LIMITS.writeInsPerStrategy} other activities per strategy.`)).toBeTruthy();
  });

  it('refuses a write-in past the maximum, like a tick', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, activityIds().slice(0, 14));
    renderInRoom(<ShareKnowledge />, room);
    await user.type(screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }), 'One too many{Enter}');
    expect(room.connection.getPlan().writeIns).toEqual({});
    expect(screen.getByTestId('refusal').textContent).toContain('the maximum');
  });

  it(`keeps a write-in within ${LIMITS.writeInLength} characters`, () => {
    renderInRoom(<ShareKnowledge />, createRoom());
    expect((screen.getByRole('textbox', { name: 'Other activity for Share knowledge' }) as HTMLInputElement).maxLength).toBe(LIMITS.writeInLength);
  });
});
