import type { PairRoomConnection } from '../../sync/PairRoomConnection.js';
import { usePresence } from '../../sync/usePresence.js';
import { MoveControl } from '../dashboard/MoveControl.js';
import { PairMessageForm } from '../dashboard/PairMessageForm.js';
import { useLeader } from '../leader/LeaderContext.js';

/**
 * What the leader does for a pair opened read-only (issue 14): message that
 * pair alone, or move one of its people — those in the room now, and its
 * roster — to another pair (their open room follows them). The table view,
 * which has no room for Move…, reaches it here through the pair's name.
 */
export function WatchActions({ connection, pair }: { connection: PairRoomConnection; pair: number }) {
  const { workshop } = useLeader();
  const present = usePresence(connection);
  const roster = workshop.pairs.find((p) => p.n === pair)?.members.map((m) => m.name) ?? [];
  return (
    <>
      <PairMessageForm pair={pair} />
      <MoveControl n={pair} people={[...present.map((p) => p.name), ...roster]} />
    </>
  );
}
