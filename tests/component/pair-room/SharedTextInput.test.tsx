import { describe, expect, it } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { PlanDraft } from '../../../client/features/pair-room/PlanDraft.js';
import { textRootName } from '../../../shared/doc/fields.js';
import { removePick } from '../../../shared/doc/planDoc.js';
import { sharedText } from '../../../shared/doc/sharedText.js';
import { MARIA, activityIds, activityText, createRoom, fromPartner, pick, renderInRoom } from '../roomHarness.js';
import type { RoomModel } from '../../../client/features/pair-room/RoomContext.js';

const [FIRST] = activityIds();

/** Maria's presence in `room` (what the server relays): `writesIn(field)` moves her caret. */
function mariaIn(room: RoomModel): { writesIn(field: string | null): void } {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  return {
    writesIn(field) {
      awareness.setLocalState({ user: { id: MARIA.id, name: MARIA.name, color: '#b91c1c' }, editing: field });
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
      act(() => awarenessProtocol.applyAwarenessUpdate(room.connection.provider.awareness, update, 'test-remote'));
    },
  };
}

function responsibleInput(): HTMLInputElement {
  return within(screen.getByRole('group', { name: activityText(FIRST) })).getByRole('textbox', { name: /^Person/ }) as HTMLInputElement;
}

describe('a shared text field (SharedTextInput)', () => {
  it("keeps the caret where the person is writing while the partner's text arrives before it", async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, [FIRST]);
    renderInRoom(<PlanDraft />, room);
    const input = responsibleInput();
    await user.type(input, 'Family office');
    input.setSelectionRange(6, 6);
    fromPartner(room, (doc) => sharedText(doc, FIRST, 'responsible').insert(0, 'Maria: '));
    expect(input.value).toBe('Maria: Family office');
    expect([input.selectionStart, input.selectionEnd]).toEqual([13, 13]);
    // Text the partner adds after the caret leaves it alone.
    fromPartner(room, (doc) => sharedText(doc, FIRST, 'responsible').insert(20, ', room 4'));
    expect([input.selectionStart, input.selectionEnd]).toEqual([13, 13]);
    await user.keyboard(' engagement');
    expect(input.value).toBe('Maria: Family engagement office, room 4');
    expect(room.connection.getPlan().details[FIRST]?.responsible).toBe('Maria: Family engagement office, room 4');
  });

  it('sends each keystroke as its own small edit: text the partner adds right at the caret stays after it, each keeps writing their own words', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, [FIRST]);
    renderInRoom(<PlanDraft />, room);
    const input = responsibleInput();
    await user.type(input, 'Ana');
    fromPartner(room, (doc) => {
      const text = sharedText(doc, FIRST, 'responsible');
      text.insert(text.length, ' and Maria');
    });
    await user.keyboard('!');
    expect(input.value).toBe('Ana! and Maria');
    expect(sharedText(room.connection.doc, FIRST, 'responsible').toString()).toBe('Ana! and Maria');
  });

  it('says which partner is writing in the field, and tells partners which field this person is in', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, [FIRST]);
    renderInRoom(<PlanDraft />, room);
    expect(screen.queryByTestId('writing-here')).toBeNull();
    const maria = mariaIn(room);
    maria.writesIn(textRootName(FIRST, 'responsible'));
    const group = screen.getByRole('group', { name: activityText(FIRST) });
    expect(within(group).getByTestId('writing-here').textContent).toBe('Maria Lopez is writing here…');
    maria.writesIn(null);
    expect(screen.queryByTestId('writing-here')).toBeNull();
    await user.click(responsibleInput());
    expect(room.connection.provider.awareness.getLocalState()?.editing).toBe(textRootName(FIRST, 'responsible'));
    await user.tab();
    expect(room.connection.provider.awareness.getLocalState()?.editing).not.toBe(textRootName(FIRST, 'responsible'));
  });

  it('says nobody is writing there any more when the field goes away with the caret in it', async () => {
    const user = userEvent.setup();
    const room = createRoom();
    pick(room, [FIRST]);
    renderInRoom(<PlanDraft />, room);
    await user.click(responsibleInput());
    expect(room.connection.provider.awareness.getLocalState()?.editing).toBe(textRootName(FIRST, 'responsible'));
    // The partner unticks the activity: its draft row, and the field with this person's caret, are gone.
    fromPartner(room, (doc) => removePick(doc, FIRST));
    expect(screen.queryByRole('group', { name: activityText(FIRST) })).toBeNull();
    expect(room.connection.provider.awareness.getLocalState()?.editing ?? null).toBeNull();
  });
});
