/**
 * Whether this browser has seen a list's Directions (issue 18): they open on
 * the first visit to a room with that list and stay closed after, unless the
 * person opens them. Kept in localStorage per list id; without storage
 * (private mode) every visit is a first visit.
 */

/** The localStorage key for `listId`. */
export function directionsSeenKey(listId: string): string {
  return `pairplan.directionsSeen.${listId}`;
}

/** Whether the Directions of `listId` were shown here before. */
export function wereDirectionsSeen(listId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(directionsSeenKey(listId)) === 'true';
  } catch {
    return false;
  }
}

/** Remembers that the Directions of `listId` were shown. */
export function markDirectionsSeen(listId: string): void {
  try {
    globalThis.localStorage?.setItem(directionsSeenKey(listId), 'true');
  } catch {
    // private mode: they open again next time
  }
}
