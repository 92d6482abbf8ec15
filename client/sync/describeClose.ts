/**
 * Every way a pair room's socket can close, in words a person understands,
 * and what the connection does next. One exhaustive switch over the close
 * codes both sides import (shared/protocol/closeCodes.ts): a new code does
 * not compile until it is described here.
 */
import { closeCodeName } from '../../shared/protocol/closeCodes.js';
import type { MessageKey, MessageParams } from '../../shared/i18n/messages.js';

/**
 * What happens after a close:
 * - `reconnect`: try again with the same document (y-websocket's backoff);
 * - `reset`: the server refused a local change, so the local document holds
 *   something the server never accepted: throw it away and start afresh;
 * - `retry`: the server could not save (issue 12): keep the document, which
 *   still holds the change, and reconnect after a growing pause (see
 *   storeRetryDelay); the next sync sends the change again;
 * - `rejoin`: reconnecting would only fail again; the person must join.
 */
export const CLOSE_ACTIONS = ['reconnect', 'reset', 'retry', 'rejoin'] as const;
export type CloseAction = (typeof CLOSE_ACTIONS)[number];

/** A close, described: what to do and which message (an i18n key) to show. */
export interface CloseDescription {
  readonly code: number | null;
  readonly action: CloseAction;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
}

/** The part of a CloseEvent we read; `null` when the client closed the socket itself. */
export interface CloseLike {
  readonly code: number;
  readonly reason: string;
}

const describe = (code: number | null, action: CloseAction, messageKey: MessageKey, params: Record<string, string> = {}): CloseDescription => ({
  code,
  action,
  messageKey,
  params,
});

/** Describes a close event (`null`: a local close, such as the no-message watchdog). */
export function describeClose(event: CloseLike | null): CloseDescription {
  if (event === null) return describe(null, 'reconnect', 'close.lost');
  const { code } = event;
  const reason = event.reason.trim();
  const name = closeCodeName(code);
  switch (name) {
    case 'SERVICE_RESTART':
      return describe(code, 'reconnect', 'close.serviceRestart');
    case 'MALFORMED':
      // Our own frame was garbled (a bug or a broken proxy); the document itself is fine.
      return describe(code, 'reconnect', 'close.malformed');
    case 'UNAUTHORIZED':
      return describe(code, 'rejoin', 'close.unauthorized');
    case 'FORBIDDEN':
      return describe(code, 'rejoin', 'close.forbidden');
    case 'NOT_FOUND':
      return describe(code, 'rejoin', 'close.notFound');
    case 'TOO_LARGE':
      // Resending the same document would be refused again: start from the server's copy.
      return describe(code, 'reset', 'close.tooLarge');
    case 'INVALID_UPDATE':
      return reason
        ? describe(code, 'reset', 'close.invalidUpdate', { reason })
        : describe(code, 'reset', 'close.invalidUpdateNoReason');
    case 'LOCKED':
      return describe(code, 'reset', 'close.locked');
    case 'FULL':
      return describe(code, 'reconnect', 'close.full');
    case 'REPLACED':
      // Reconnecting by itself would close the newer tab in turn: wait for the person.
      return describe(code, 'rejoin', 'close.replaced');
    case 'RATE_LIMITED':
      return describe(code, 'reconnect', 'close.rateLimited');
    case 'MOVED':
      // The room follows the person to their new pair (the `moved` message came first): nothing to reconnect here.
      return describe(code, 'rejoin', 'sessionChange.movedAway');
    case 'STORE_FAILED':
      // Nothing was relayed and the room was unloaded; never a reset: the change is kept and sent again.
      return describe(code, 'retry', 'close.storeFailed');
    case null:
      return describe(code, 'reconnect', 'close.lost');
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}

/** Whether y-websocket should reconnect by itself after this close. */
export function shouldReconnectAfter(event: CloseLike): boolean {
  return describeClose(event).action === 'reconnect';
}
