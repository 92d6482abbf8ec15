import { useMemo } from 'react';
import { distinctInitials } from '../../sync/presence.js';
import { usePlan } from '../../sync/usePlan.js';
import { usePresence } from '../../sync/usePresence.js';
import { useRoom } from './RoomContext.js';

/**
 * Avatar labels for everyone the room shows (who is here, who chose, wrote
 * in or agreed), told apart without colour when initials collide (issue 12;
 * `distinctInitials`), by participant id.
 */
export function useAvatarLabels(): ReadonlyMap<string, string> {
  const { connection } = useRoom();
  const plan = usePlan(connection);
  const presence = usePresence(connection);
  return useMemo(
    () =>
      distinctInitials([
        ...presence,
        ...[...Object.values(plan.picks), ...Object.values(plan.writeIns)].map((a) => ({ id: a.by, name: a.name })),
        ...Object.entries(plan.agreements).map(([id, a]) => ({ id, name: a.name })),
      ]),
    [plan, presence],
  );
}
