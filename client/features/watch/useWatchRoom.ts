import { useEffect, useState } from 'react';
import { PairRoomConnection } from '../../sync/PairRoomConnection.js';

/**
 * Owns the leader's read-only connection to pair `pair` (issue 14 "Open a
 * pair"): opened with the facilitator key (sent in the socket's first frame),
 * destroyed when the page goes away or the pair changes; `null` opens nothing.
 */
export function useWatchRoom(workshopId: string, pair: number | null, key: string, maxTotal: number | null): PairRoomConnection | null {
  const [connection, setConnection] = useState<PairRoomConnection | null>(null);
  useEffect(() => {
    if (pair === null) return;
    const next = new PairRoomConnection({ workshopId, pair, actor: { id: 'leader:watching', name: 'Leader' }, watchKey: key, maxTotal });
    setConnection(next);
    return () => {
      next.destroy();
      setConnection(null);
    };
  }, [workshopId, pair, key, maxTotal]);
  return connection;
}
