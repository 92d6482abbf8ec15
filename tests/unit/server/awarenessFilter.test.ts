import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeFilteredAwareness, filterAwarenessUpdate, AWARENESS_MAX_BYTES } from '../../../server/ws/awarenessFilter.js';

const identity = { participantId: 'pid-ana', name: 'Ana' };

function updateFor(state: unknown): { update: Uint8Array; clientId: number } {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state as Record<string, unknown>);
  return { update: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]), clientId: doc.clientID };
}

function decodeState(update: Uint8Array, clientId: number): unknown {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awarenessProtocol.applyAwarenessUpdate(awareness, update, null);
  return awareness.getStates().get(clientId);
}

describe('filterAwarenessUpdate', () => {
  it('replaces the claimed name and id with the session identity', () => {
    const { update, clientId } = updateFor({ user: { id: 'someone', name: 'The Boss', color: '#ff0000' } });
    const result = filterAwarenessUpdate(update, null, identity);
    expect(result).toMatchObject({ ok: true, clientId });
    if (result.ok) expect(decodeState(encodeFilteredAwareness(result), clientId)).toEqual({ user: { id: 'pid-ana', name: 'Ana', color: '#ff0000' } });
  });

  it("refuses another client's id once the connection is bound", () => {
    const { update, clientId } = updateFor({ user: {} });
    expect(filterAwarenessUpdate(update, clientId + 1, identity)).toEqual({ ok: false, reason: "another client's presence" });
  });

  it('refuses states over the size cap', () => {
    const { update } = updateFor({ user: {}, junk: 'x'.repeat(AWARENESS_MAX_BYTES) });
    expect(filterAwarenessUpdate(update, null, identity)).toMatchObject({ ok: false, reason: 'awareness state too large' });
  });

  it('drops a colour that is not a colour', () => {
    const { update, clientId } = updateFor({ user: { color: 'url(javascript:alert(1))' } });
    const result = filterAwarenessUpdate(update, null, identity);
    if (!result.ok) throw new Error(result.reason);
    expect(decodeState(encodeFilteredAwareness(result), clientId)).toMatchObject({ user: { color: '#555555' } });
  });

  it('gives the same kept state for updates that differ only in what it drops, and another for a new colour', () => {
    const kept = (state: unknown): string => {
      const result = filterAwarenessUpdate(updateFor(state).update, null, identity);
      if (!result.ok) throw new Error(result.reason);
      return result.state;
    };
    const a = kept({ user: { color: '#336699' }, cursor: { at: 1 } });
    expect(kept({ user: { color: '#336699' }, cursor: { at: 2 } })).toBe(a);
    expect(kept({ user: { color: '#aa3300' }, cursor: { at: 1 } })).not.toBe(a);
    expect(JSON.parse(a)).toEqual({ user: { id: 'pid-ana', name: 'Ana', color: '#336699' } });
  });
});
