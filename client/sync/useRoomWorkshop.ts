import { useMemo } from 'react';
import type { RoomWorkshop } from '../../shared/protocol/responses.js';
import type { PairRoomConnection } from './PairRoomConnection.js';
import { useWorkshopLive } from './useWorkshopLive.js';
import { withSettings } from './withSessionChanges.js';

/**
 * The pair room's workshop (or the leader's, in a room opened read-only) with the title and rules the leader set while it
 * runs (issue 14), from the live state the server pushes; a new object only
 * when one of them changed.
 */
export function useRoomWorkshop<W extends Pick<RoomWorkshop, 'title' | 'rules'>>(connection: PairRoomConnection, workshop: W): W {
  const settings = useWorkshopLive(connection)?.settings;
  const key = settings ? JSON.stringify([settings.title, settings.rules]) : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `settings`' title and rules
  return useMemo(() => withSettings(workshop, settings), [workshop, key]);
}
