import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/http.js';
import { getSession, joinCodeOf } from '../api/sessionApi.js';
import { followMove } from './followMove.js';
import type { RoomWorkshop, Session } from '../../shared/protocol/responses.js';
import { resetUiStore } from '../stores/uiStore.js';
import { PairRoomConnection } from './PairRoomConnection.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** The pair room's lifecycle, as one status. */
export type PairRoomState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: ErrorMessage; readonly retry: () => void }
  | { readonly status: 'ready'; readonly connection: PairRoomConnection; readonly session: Session; readonly workshop: RoomWorkshop };

/** Why the room did not open: an i18n key to say it in the person's language, or the server's own words. */
export type ErrorMessage = { readonly key: MessageKey } | { readonly text: string };

/** The known refusals in the person's language; anything else in the server's words. */
const KEYS_BY_STATUS: Readonly<Record<number, MessageKey>> = {
  0: 'app.networkError',
  401: 'close.unauthorized',
  403: 'close.forbidden',
  404: 'close.notFound',
};

function messageOf(error: unknown): ErrorMessage {
  const status = error instanceof ApiError ? error.status : 0;
  const key = KEYS_BY_STATUS[status];
  return key || !(error instanceof ApiError) ? { key: key ?? 'app.networkError' } : { text: error.message };
}

/**
 * Owns the pair room's lifecycle: fetches the session, sends a person with
 * no session to the join page, opens the {@link PairRoomConnection} and
 * destroys it when the page goes away or the workshop changes.
 * An error's `message` is a message key for a known refusal (or a network
 * failure), else the server's words.
 */
export function usePairRoom(workshopId: string): PairRoomState {
  const [, navigate] = useLocation();
  const [attempt, setAttempt] = useState(0);
  const key = `${workshopId}#${attempt}`;
  const [result, setResult] = useState<{ key: string; state: PairRoomState } | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    let connection: PairRoomConnection | null = null;
    const retry = (): void => setAttempt((n) => n + 1);
    getSession(workshopId, abort.signal).then(
      (info) => {
        if (abort.signal.aborted) return;
        const { session, workshop } = info;
        connection = new PairRoomConnection({
          workshopId,
          pair: session.pair,
          actor: { id: session.participantId, name: session.name },
          live: info.live,
          serverNow: info.serverNow,
          maxTotal: workshop.rules.maxTotal,
        });
        // Moved by the leader (issue 14): take the new session and open the new pair, without the person doing anything.
        followMove(workshopId, connection, retry);
        setResult({ key, state: { status: 'ready', connection, session, workshop } });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const joinCode = error instanceof ApiError && error.status === 401 ? joinCodeOf(error.body) : null;
        if (joinCode) navigate(`/j/${joinCode}`, { replace: true });
        else setResult({ key, state: { status: 'error', message: messageOf(error), retry } });
      },
    );
    return () => {
      abort.abort();
      connection?.destroy();
      resetUiStore();
    };
  }, [workshopId, key, navigate]);

  return result !== null && result.key === key ? result.state : { status: 'loading' };
}
