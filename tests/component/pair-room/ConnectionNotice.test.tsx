import { describe, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { ConnectionNotice } from '../../../client/features/pair-room/ConnectionNotice.js';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes.js';
import { createRoom, pick, receiveControl, renderInRoom } from '../roomHarness.js';
import type { RoomModel } from '../../../client/features/pair-room/RoomContext.js';

/** The server closes the room's socket with `code`, as the provider reports it. */
function serverCloses(room: RoomModel, code: number): void {
  const { provider } = room.connection;
  act(() => provider.emit('connection-close', [{ code, reason: '' } as CloseEvent, provider]));
}

describe('ConnectionNotice', () => {
  it('says saving failed and is retried, keeps the plan, and goes away once the server has stored it', () => {
    const room = createRoom();
    renderInRoom(<ConnectionNotice />, room);
    pick(room, ['a1']);
    const doc = room.connection.doc;
    serverCloses(room, CLOSE_CODES.STORE_FAILED);
    expect(screen.getByRole('alert').textContent).toContain('Saving failed — retrying.');
    expect(room.connection.doc).toBe(doc);
    expect(Object.keys(room.connection.getPlan().picks)).toEqual(['a1']);
    receiveControl(room, { t: 'stored' });
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('keeps a refusal’s notice when the server says stored (only the person dismisses it)', () => {
    const room = createRoom();
    renderInRoom(<ConnectionNotice />, room);
    serverCloses(room, CLOSE_CODES.LOCKED);
    receiveControl(room, { t: 'stored' });
    expect(screen.getByRole('alert').textContent).toContain('Plans are locked by the leader');
  });
});
