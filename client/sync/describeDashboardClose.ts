/**
 * Every way the leader's dashboard stream can close, in the leader's words,
 * and whether to try again. One exhaustive switch over the shared close
 * codes (a new code does not compile until it is described here); the pair
 * room has its own, for partners (`describeClose.ts`).
 */
import { closeCodeName } from '../../shared/protocol/closeCodes.js';
import type { CloseLike } from './describeClose.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** A close of the dashboard stream: retry or not, and the message (an i18n key) to show. */
export interface DashboardClose {
  readonly code: number | null;
  readonly retry: boolean;
  readonly messageKey: MessageKey;
}

const describe = (code: number | null, retry: boolean, messageKey: MessageKey): DashboardClose => ({ code, retry, messageKey });

/** Describes a close (`null`: the connection dropped without a close frame). */
export function describeDashboardClose(event: CloseLike | null): DashboardClose {
  if (event === null) return describe(null, true, 'leader.close.lost');
  const { code } = event;
  const name = closeCodeName(code);
  switch (name) {
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return describe(code, false, 'leader.close.badKey');
    case 'NOT_FOUND':
      return describe(code, false, 'leader.close.notFound');
    case 'SERVICE_RESTART':
      return describe(code, true, 'leader.close.serviceRestart');
    case 'STORE_FAILED':
      return describe(code, true, 'leader.close.storeFailed');
    case 'FULL':
    case 'RATE_LIMITED':
      return describe(code, true, 'leader.close.busy');
    // The dashboard never writes plans, so these cannot be about it; still, the connection is worth retrying.
    case 'MALFORMED':
    case 'TOO_LARGE':
    case 'INVALID_UPDATE':
    case 'LOCKED':
    case 'REPLACED':
    case 'MOVED':
    case null:
      return describe(code, true, 'leader.close.lost');
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}
