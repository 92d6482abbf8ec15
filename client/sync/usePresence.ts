import { useSyncExternalStore } from 'react';
import type { PairRoomConnection } from './PairRoomConnection.js';
import type { PresentUser } from './presence.js';

/** Who is in the room now, you first; re-renders only when that changes. */
export function usePresence(connection: PairRoomConnection): readonly PresentUser[] {
  return useSyncExternalStore(connection.subscribe, connection.getPresence);
}
