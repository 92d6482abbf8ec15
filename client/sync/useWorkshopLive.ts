import { useSyncExternalStore } from 'react';
import type { WorkshopLive } from '../../shared/protocol/control.js';
import type { PairRoomConnection } from './PairRoomConnection.js';

/** The workshop's clock, lock and broadcast (`null` until known). */
export function useWorkshopLive(connection: PairRoomConnection): WorkshopLive | null {
  return useSyncExternalStore(connection.subscribe, connection.getLive);
}
