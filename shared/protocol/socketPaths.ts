/**
 * The WebSocket paths and the pair rooms' names, built and parsed here
 * only: the client opens what these build, the server routes an upgrade by
 * what they parse, and the stores key a room's updates by its name.
 *
 * - `/ws/pair/<workshopId>/<pair>`: a pair room (y-websocket appends the
 *   room name, `<workshopId>/<pair>`, to {@link SOCKET_PATHS.pair}).
 * - `/ws/dashboard/<workshopId>`: a leader's dashboard stream.
 * - `/ws/watch/<workshopId>/<pair>`: the leader watching a pair room,
 *   read-only (the y-websocket protocol; its first frame is the key, as the
 *   dashboard's: `{"t":"auth","key":"…"}`).
 */

/** The bases of the two sockets. */
export const SOCKET_PATHS = { pair: '/ws/pair', dashboard: '/ws/dashboard', watch: '/ws/watch' } as const;

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

/** The path of the leader's read-only socket to a pair room. */
export function watchSocketPath(workshopId: string, pair: number): string {
  return `${SOCKET_PATHS.watch}/${roomKey(workshopId, pair)}`;
}

/** What an upgrade's path asks for. */
export type SocketTarget =
  | { readonly kind: 'pair'; readonly workshopId: string; readonly pair: number }
  | { readonly kind: 'watch'; readonly workshopId: string; readonly pair: number }
  | { readonly kind: 'dashboard'; readonly workshopId: string };

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
  const kind = pathname.startsWith(`${SOCKET_PATHS.pair}/`) ? ('pair' as const) : pathname.startsWith(`${SOCKET_PATHS.watch}/`) ? ('watch' as const) : null;
  if (kind === null) return null;
  const room = parseRoomKey(pathname.slice(SOCKET_PATHS[kind].length + 1));
  const workshopId = room && segment(room.workshopId);
  return room && workshopId !== null ? { kind, workshopId, pair: room.pair } : null;
}
