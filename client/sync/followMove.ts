import { adoptSession } from '../api/sessionApi.js';
import type { PairRoomConnection } from './PairRoomConnection.js';

/**
 * When the leader moves this person to another pair (issue 14), their room
 * is sent a fresh session for it: hand it to the server as the cookie, then
 * `reopen` (which fetches the session again and connects to the new pair).
 * A failed adoption reopens too: the person then lands on the join page.
 */
export function followMove(workshopId: string, connection: PairRoomConnection, reopen: () => void): void {
  let following = false;
  const unsubscribe = connection.subscribe(() => {
    const moved = connection.getMoved();
    if (!moved || following) return;
    following = true;
    unsubscribe();
    adoptSession(workshopId, moved.token).then(reopen, reopen);
  });
}
