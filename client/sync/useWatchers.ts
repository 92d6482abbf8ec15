import { useSyncExternalStore } from 'react';
import type { PairRoomConnection } from './PairRoomConnection.js';

/** How many leader screens watch this pair room now (issue 14 "Open a pair"); re-renders only when that changes. */
export function useWatchers(connection: PairRoomConnection): number {
  return useSyncExternalStore(connection.subscribe, connection.getWatchers);
}
