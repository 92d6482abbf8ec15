import { createContext, useContext } from 'react';
import type { Actor } from '../../../shared/doc/schema.js';
import type { ActivityList, Rules } from '../../../shared/lists/types.js';
import type { PairRoomConnection } from '../../sync/PairRoomConnection.js';

/** What every part of the pair room needs: the connection, who writes, and the list and rules. */
export interface RoomModel {
  readonly connection: PairRoomConnection;
  readonly actor: Actor;
  /** The workshop's list in the person's language (`localizeList`); ids are the same in every language. */
  readonly list: ActivityList;
  readonly rules: Rules;
}

export const RoomContext = createContext<RoomModel | null>(null);

/** The pair room this component is in. */
export function useRoom(): RoomModel {
  const room = useContext(RoomContext);
  if (room === null) throw new Error('useRoom() outside a <RoomContext> provider');
  return room;
}
