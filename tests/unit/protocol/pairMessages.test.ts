import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_HISTORY_MAX, latestMessageFor, withMessage, type MessageState } from '../../../shared/protocol/pairMessages.js';

const EMPTY: MessageState = { broadcast: null };

describe('withMessage', () => {
  it('keeps a message to every pair as the broadcast, one to a pair as that pair\'s, both in the history', () => {
    let state = withMessage(EMPTY, { id: 'a', text: 'All', at: 1 });
    state = withMessage(state, { id: 'b', text: 'Two', at: 2, pair: 2 });
    expect(state.broadcast).toEqual({ id: 'a', text: 'All', at: 1 });
    expect(state.pairMessages).toEqual({ 2: { id: 'b', text: 'Two', at: 2, pair: 2 } });
    expect(state.messages.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('takes down a pair\'s message with an empty one, and every message with an empty one to all; neither is history', () => {
    let state = withMessage(EMPTY, { id: 'a', text: 'All', at: 1 });
    state = withMessage(state, { id: 'b', text: 'Two', at: 2, pair: 2 });
    const pairGone = withMessage(state, { id: 'c', text: '', at: 3, pair: 2 });
    expect(pairGone.pairMessages).toEqual({});
    expect(pairGone.broadcast?.id).toBe('a');
    const allGone = withMessage(state, { id: 'd', text: '', at: 4 });
    expect(allGone).toEqual({ broadcast: null, pairMessages: {}, messages: state.messages });
  });

  it(`keeps at most ${MESSAGE_HISTORY_MAX}, the newest, and never changes the state it was given`, () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string({ maxLength: 3 }), pair: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }), { maxLength: 260 }), (sends) => {
        let state: MessageState = EMPTY;
        sends.forEach((s, i) => {
          const before = JSON.stringify(state);
          const next = withMessage(state, { id: `m${i}`, text: s.text, at: i, ...(s.pair !== undefined ? { pair: s.pair } : {}) });
          expect(JSON.stringify(state)).toBe(before);
          state = next;
        });
        const kept = sends.map((s, i) => ({ ...s, id: `m${i}` })).filter((s) => s.text !== '');
        expect(state.messages?.map((m) => m.id) ?? []).toEqual(kept.slice(-MESSAGE_HISTORY_MAX).map((s) => s.id));
      }),
    );
  });
});

describe('latestMessageFor', () => {
  it('shows a pair the later of every pair\'s message and its own; the dashboard sees every pair\'s', () => {
    const state = withMessage(withMessage(EMPTY, { id: 'a', text: 'All', at: 1 }), { id: 'b', text: 'Two', at: 2, pair: 2 });
    expect(latestMessageFor(state, 2)?.id).toBe('b');
    expect(latestMessageFor(state, 1)?.id).toBe('a');
    expect(latestMessageFor(state)?.id).toBe('a');
    expect(latestMessageFor(withMessage(state, { id: 'c', text: 'All again', at: 3 }), 2)?.id).toBe('c');
  });

  it('never shows a pair a message to another pair, whatever was sent', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ pair: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), empty: fc.boolean() }), { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (sends, n) => {
        let state: MessageState = EMPTY;
        sends.forEach((s, i) => {
          state = withMessage(state, { id: `m${i}`, text: s.empty ? '' : `to ${s.pair ?? 'all'}`, at: i, ...(s.pair !== undefined ? { pair: s.pair } : {}) });
        });
        const shown = latestMessageFor(state, n);
        expect(shown === null || shown.pair === undefined || shown.pair === n).toBe(true);
      }),
    );
  });
});
