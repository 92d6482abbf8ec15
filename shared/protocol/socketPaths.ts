/**
 * The WebSocket paths and the pair rooms' names, built and parsed here
 * only: the client opens what these build, the server routes an upgrade by
 * what they parse, and the stores key a room's updates by its name.
 *
 * - `/ws/pair/<workshopId>/<pair>`: a pair room (y-websocket appends the
 *   room name, `<workshopId>/<pair>`, to {@link SOCKET_PATHS.pair}).
 * - `/ws/dashboard/<workshopId>`: a leader's dashboard stream.
 */

/** The bases of the two sockets. */
export const SOCKET_PATHS = { pair: '/ws/pair', dashboard: '/ws/dashboard' } as const;

/** A pair's number in a path: 1 to 4 digits (the API's pairs go to 500). */
const PAIR_NUMBER = /^\d{1,4}$/;

/** A pair room's name (y-websocket's room, the store's key): `<workshopId>/<pair>`. */
export function roomKey(workshopId: string, pair: number): string {
  return `${workshopId}/${pair}`;
}

/** The workshop and pair of a room name, or `null` when it is not one. */
export function parseRoomKey(key: string): { workshopId: string; pair: number } | null {
  const slash = key.lastIndexOf('/');
  const workshopId = key.slice(0, slash);
  const pair = key.slice(slash + 1);
  return slash > 0 && PAIR_NUMBER.test(pair) ? { workshopId, pair: Number(pair) } : null;
}

/** The path of a leader's dashboard socket. */
export function dashboardSocketPath(workshopId: string): string {
  return `${SOCKET_PATHS.dashboard}/${encodeURIComponent(workshopId)}`;
}

/** The path of a pair room's socket (what y-websocket opens for {@link roomKey}). */
export function pairSocketPath(workshopId: string, pair: number): string {
  return `${SOCKET_PATHS.pair}/${roomKey(workshopId, pair)}`;
}

/** What an upgrade's path asks for. */
export type SocketTarget = { readonly kind: 'pair'; readonly workshopId: string; readonly pair: number } | { readonly kind: 'dashboard'; readonly workshopId: string };

/** One path segment, decoded; `null` when it is empty, holds a slash or does not decode. */
function segment(raw: string): string | null {
  if (raw === '' || raw.includes('/')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** The socket a request path (no query) names, or `null` for any other path. */
export function parseSocketPath(pathname: string): SocketTarget | null {
  const dashboard = `${SOCKET_PATHS.dashboard}/`;
  if (pathname.startsWith(dashboard)) {
    const workshopId = segment(pathname.slice(dashboard.length));
    return workshopId === null ? null : { kind: 'dashboard', workshopId };
  }
  const pair = `${SOCKET_PATHS.pair}/`;
  if (!pathname.startsWith(pair)) return null;
  const room = parseRoomKey(pathname.slice(pair.length));
  const workshopId = room && segment(room.workshopId);
  return room && workshopId !== null ? { kind: 'pair', workshopId, pair: room.pair } : null;
}
