import type { ActivityList } from './types.js';
import { ESSENTIAL_LIST_2020_21 } from './essentialList2020.js';
import { DISTRICT_INVENTORY } from './districtInventory.js';
import { STATE_INVENTORY } from './stateInventory.js';
import { DISTRICT_LEADERSHIP_ROLES } from './districtLeadershipRoles.js';
import { DISTRICT_FACILITATOR_ACTIONS } from './districtFacilitatorActions.js';

export * from './types.js';

/** The id of the default list: the Essential List for 2020-21. */
export const DEFAULT_LIST_ID = 'essential-2020-21';

/**
 * The lists the app ships with, transcribed from the seed documents: the
 * Essential List first, then the district and state inventories, the district
 * leadership roles and the district facilitator actions.
 */
export const BUILT_IN_LISTS: readonly ActivityList[] = [
  ESSENTIAL_LIST_2020_21,
  DISTRICT_INVENTORY,
  STATE_INVENTORY,
  DISTRICT_LEADERSHIP_ROLES,
  DISTRICT_FACILITATOR_ACTIONS,
];

/** A built-in list by id, or `undefined` when there is none. */
export function getBuiltInList(id: string): ActivityList | undefined {
  return BUILT_IN_LISTS.find((l) => l.id === id);
}
