import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api/http.js';
import { getSession, joinCodeOf, type RoomWorkshop, type Session } from '../api/sessionApi.js';
import { resetUiStore } from '../stores/uiStore.js';
import { PairRoomConnection } from './PairRoomConnection.js';

/** The pair room's lifecycle, as one status. */
export type PairRoomState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string; readonly retry: () => void }
  | { readonly status: 'ready'; readonly connection: PairRoomConnection; readonly session: Session; readonly workshop: RoomWorkshop };

/** An error message, or `null` to use the generic one the page translates. */
function messageOf(error: unknown): string {
  if (error instanceof ApiError && error.status !== 0) return error.message;
  return '';
}

/**
 * Owns the pair room's lifecycle: fetches the session, sends a person with
 * no session to the join page, opens the {@link PairRoomConnection} and
 * destroys it when the page goes away or the workshop changes.
 * An error's `message` is the server's words, or '' for a network failure.
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
        });
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
