/**
 * Which pair each Zoom breakout room is (issue 16): a room named with a
 * pair's number ("Pair 3", "Room 3", "3") is that pair; the other rooms take
 * the pairs left over, in the order Zoom lists them. Rooms beyond the pairs
 * stay unmapped. Pure, so the server and the tests call the same function.
 */

/** A breakout room as `getBreakoutRoomList` gives it: its UUID and its name. */
export interface ZoomRoom {
  readonly uuid: string;
  readonly name: string;
}

/** One breakout room that is a pair. */
export interface RoomPair {
  readonly uuid: string;
  readonly pair: number;
}

/** The pair number a room's name carries (its last whole number), or `null`. */
export function pairNumberInName(name: string): number | null {
  const match = /(\d{1,4})\D*$/.exec(name);
  return match ? Number(match[1]) : null;
}

/** The name pairplan gives the room of pair `n` when it creates the rooms. */
export function roomNameFor(n: number): string {
  return `Pair ${n}`;
}

/** Maps `rooms` onto pairs `1..pairCount`: by the number in a name first, then by order. */
export function mapRooms(rooms: readonly ZoomRoom[], pairCount: number): RoomPair[] {
  const taken = new Map<number, string>();
  const seen = new Set<string>();
  const rest: ZoomRoom[] = [];
  for (const room of rooms) {
    if (seen.has(room.uuid)) continue;
    seen.add(room.uuid);
    const n = pairNumberInName(room.name);
    if (n !== null && n >= 1 && n <= pairCount && !taken.has(n)) taken.set(n, room.uuid);
    else rest.push(room);
  }
  let next = 1;
  for (const room of rest) {
    while (next <= pairCount && taken.has(next)) next += 1;
    if (next > pairCount) break;
    taken.set(next, room.uuid);
  }
  return [...taken.entries()].map(([pair, uuid]) => ({ uuid, pair })).sort((a, b) => a.pair - b.pair);
}
