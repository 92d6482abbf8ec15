import { useSyncExternalStore } from 'react';
import type { PairRoomConnection, RemoteChanges } from './PairRoomConnection.js';

/** The latest batch of partners' changes, numbered (for announcements). */
export function useRemoteChanges(connection: PairRoomConnection): RemoteChanges {
  return useSyncExternalStore(connection.subscribe, connection.getRemoteChanges);
}
