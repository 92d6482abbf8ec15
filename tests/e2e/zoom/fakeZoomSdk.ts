/**
 * The simulated Zoom client's side inside the page: built into the client in
 * place of client/zoom/zoomSdk.ts (vite.config.ts, `PAIRPLAN_ZOOM_FAKE=1`)
 * and nothing else. Every call goes to the harness (ZoomMeeting.ts) through
 * `window.__zoomCall`, which the harness exposes per page for the person it
 * plays; the harness fires room changes through `window.__zoomEmit`.
 */
import type { ZoomClient, ZoomRoomChange } from '../../../client/zoom/zoomClient.js';

declare global {
  interface Window {
    __zoomCall?: (method: string, args: unknown[]) => Promise<unknown>;
    __zoomEmit?: (change: ZoomRoomChange) => void;
  }
}

function call<T>(method: string, ...args: unknown[]): Promise<T> {
  const bridge = window.__zoomCall;
  if (!bridge) return Promise.reject(new Error('not inside the simulated Zoom client'));
  return bridge(method, args) as Promise<T>;
}

/** The simulated client, with the adapter's interface. */
export async function loadZoomClient(): Promise<ZoomClient> {
  const handlers = new Set<(change: ZoomRoomChange) => void>();
  window.__zoomEmit = (change) => {
    for (const h of handlers) h(change);
  };
  return {
    config: () => call('config'),
    getAppContext: () => call('getAppContext'),
    getMeetingUUID: () => call('getMeetingUUID'),
    getUserContext: () => call('getUserContext'),
    getBreakoutRoomList: () => call('getBreakoutRoomList'),
    createBreakoutRooms: (names) => call('createBreakoutRooms', names),
    assignParticipantToBreakoutRoom: (room, participant) => call('assignParticipantToBreakoutRoom', room, participant),
    openBreakoutRooms: () => call('openBreakoutRooms'),
    sendAppInvitationToAllParticipants: () => call('sendAppInvitationToAllParticipants'),
    onBreakoutRoomChange: (handler) => {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
  };
}
