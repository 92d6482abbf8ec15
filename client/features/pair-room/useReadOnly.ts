import { useConnectionStatus } from '../../sync/useConnectionStatus.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { useRoom } from './RoomContext.js';

/** Whether the plan cannot be changed now: the leader is watching read-only, locked it, or the room is closed for good. */
export function useReadOnly(): boolean {
  const { connection } = useRoom();
  const live = useWorkshopLive(connection);
  const status = useConnectionStatus(connection);
  return connection.readOnly || (live?.locked ?? false) || status.state === 'closed';
}
