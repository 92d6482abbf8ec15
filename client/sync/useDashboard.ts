import { useEffect, useState, useSyncExternalStore } from 'react';
import type { PairSummary } from '../../shared/tally/summarizePair.js';
import type { LeaderWorkshop } from '../../shared/protocol/workshop.js';
import { DashboardConnection, type DashboardStatus } from './DashboardConnection.js';
import type { MessageKey } from '../../shared/i18n/messages.js';

/** The leader's screens' lifecycle, as one status. `ready` stays while the stream reconnects. */
export type DashboardState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly messageKey: MessageKey }
  | { readonly status: 'ready'; readonly connection: DashboardConnection; readonly workshop: LeaderWorkshop };

/**
 * Owns the dashboard stream's lifecycle: opens a {@link DashboardConnection}
 * for the workshop and key, destroys it when the page goes away or either
 * changes, and says whether the workshop is there yet or why it is not.
 */
export function useDashboard(workshopId: string, key: string): DashboardState {
  const connection = useConnection(workshopId, key);
  const subscribe = connection?.subscribe ?? noSubscribe;
  const status = useSyncExternalStore(subscribe, connection?.getStatus ?? noValue);
  const workshop = useSyncExternalStore(subscribe, connection?.getWorkshop ?? noValue);
  if (connection === null || status === null) return { status: 'loading' };
  if (workshop !== null) return { status: 'ready', connection, workshop };
  if (status.state === 'closed') return { status: 'error', messageKey: status.close?.messageKey ?? 'leader.close.lost' };
  return { status: 'loading' };
}

const noSubscribe = (): (() => void) => () => undefined;
const noValue = (): null => null;

function useConnection(workshopId: string, key: string): DashboardConnection | null {
  const [current, setCurrent] = useState<{ id: string; connection: DashboardConnection } | null>(null);
  const id = `${workshopId}#${key}`;
  useEffect(() => {
    const connection = new DashboardConnection({ workshopId, key });
    setCurrent({ id, connection });
    return () => connection.destroy();
  }, [id, workshopId, key]);
  return current !== null && current.id === id ? current.connection : null;
}

/** The stream's status (connecting, connected, reconnecting, closed and why). */
export function useDashboardStatus(connection: DashboardConnection): DashboardStatus {
  return useSyncExternalStore(connection.subscribe, connection.getStatus);
}

/** Every pair's summary, by pair number. */
export function usePairSummaries(connection: DashboardConnection): readonly PairSummary[] {
  return useSyncExternalStore(connection.subscribe, connection.getSummaries);
}
