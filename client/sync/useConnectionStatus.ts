import { useSyncExternalStore } from 'react';
import type { CloseDescription } from './describeClose.js';
import type { ConnectionStatus, PairRoomConnection } from './PairRoomConnection.js';

/** Connected, reconnecting (and why), or closed for good. */
export function useConnectionStatus(connection: PairRoomConnection): ConnectionStatus {
  return useSyncExternalStore(connection.subscribe, connection.getStatus);
}

/**
 * Why the last local change was thrown away (after a LOCKED or INVALID_UPDATE
 * close), until dismissed; or that saving failed (STORE_FAILED), until the
 * server says the kept change is stored.
 */
export function useConnectionNotice(connection: PairRoomConnection): CloseDescription | null {
  return useSyncExternalStore(connection.subscribe, connection.getNotice);
}
