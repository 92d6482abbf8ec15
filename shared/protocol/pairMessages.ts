/**
 * The leader's messages (issue 14): to every pair (the `broadcast` action,
 * as before) or to one pair (`{ message, pair }`). What each pair room shows
 * is the latest message meant for it — every pair's or its own — and never
 * another pair's; the workshop keeps a bounded history of what was sent for
 * the dashboard and the workshop.json export.
 */
import type { Broadcast } from './live.js';

/** Messages a workshop keeps in its history (the oldest go first). */
export const MESSAGE_HISTORY_MAX = 100;

/** A workshop's message state: the current message to every pair, the current one per pair, the history. */
export interface MessageState {
  readonly broadcast: Broadcast | null;
  /** The current message to one pair, by pair number (absent: none). */
  readonly pairMessages?: Readonly<Record<string, Broadcast>>;
  /** What was sent, oldest first, at most {@link MESSAGE_HISTORY_MAX}. */
  readonly messages?: readonly Broadcast[];
}

/**
 * The message pair `n` shows: the later of the message to every pair and
 * the one to pair `n`. `n` undefined (the dashboard): the one to every pair.
 */
export function latestMessageFor(state: MessageState, n?: number): Broadcast | null {
  const everyone = state.broadcast;
  if (n === undefined) return everyone;
  const own = state.pairMessages?.[String(n)] ?? null;
  if (own === null) return everyone;
  if (everyone === null) return own;
  return own.at >= everyone.at ? own : everyone;
}

/**
 * The state after the leader sends `text` to pair `pair` (or every pair when
 * `pair` is undefined) at `at`. An empty text takes the current message
 * down (to every pair: every pair's own too, so every banner goes) and is
 * not kept in the history; a sent message is appended, the history bounded.
 */
export function withMessage(state: MessageState, input: { id: string; text: string; at: number; pair?: number }): Required<MessageState> {
  const pairMessages = { ...state.pairMessages };
  const history = state.messages ?? [];
  const { pair } = input;
  if (input.text === '') {
    if (pair === undefined) return { broadcast: null, pairMessages: {}, messages: history };
    delete pairMessages[String(pair)];
    return { broadcast: state.broadcast, pairMessages, messages: history };
  }
  const message: Broadcast = pair === undefined ? { id: input.id, text: input.text, at: input.at } : { id: input.id, text: input.text, at: input.at, pair };
  const messages = [...history, message].slice(-MESSAGE_HISTORY_MAX);
  if (pair === undefined) return { broadcast: message, pairMessages, messages };
  pairMessages[String(pair)] = message;
  return { broadcast: state.broadcast, pairMessages, messages };
}
