import { useSyncExternalStore } from 'react';
import type { PlanSnapshot } from '../../shared/doc/schema.js';
import type { PairRoomConnection } from './PairRoomConnection.js';

/** The pair's plan; re-renders only when the document changes. */
export function usePlan(connection: PairRoomConnection): PlanSnapshot {
  return useSyncExternalStore(connection.subscribe, connection.getPlan);
}
