/**
 * THE adapter: the only module that imports `@zoom/appssdk` (0.16.41). It
 * is part of the `/zoom` page's chunk, which App.tsx loads on demand, so a
 * visitor in a browser never downloads the SDK (a further dynamic import
 * here split vite's preload helper out of the main bundle: bench:client). The browser tests replace this
 * module, and only this one (vite.config.ts, `PAIRPLAN_ZOOM_FAKE`).
 * Signatures read in node_modules/@zoom/appssdk/dist/sdk.d.ts (lines in
 * docs/zoom-app.md).
 */
import zoomSdk from '@zoom/appssdk';
import { ZOOM_CAPABILITIES, type ZoomBreakoutRooms, type ZoomClient, type ZoomRoomChange } from './zoomClient.js';

type Sdk = typeof zoomSdk;

function toRooms(response: Awaited<ReturnType<Sdk['getBreakoutRoomList']>>): ZoomBreakoutRooms {
  return {
    state: response.state,
    rooms: response.rooms.map((r) => ({ breakoutRoomId: r.breakoutRoomId, name: r.name, participants: r.participants?.map((p) => ({ participantUUID: p.participantUUID, displayName: p.displayName })) })),
    unassigned: response.unassigned?.map((p) => ({ participantUUID: p.participantUUID, displayName: p.displayName })),
  };
}

function adapt(sdk: Sdk): ZoomClient {
  const handlers = new Set<(change: ZoomRoomChange) => void>();
  let listening = false;
  return {
    config: async () => {
      const response = await sdk.config({ capabilities: [...ZOOM_CAPABILITIES] });
      return { runningContext: response.runningContext };
    },
    getAppContext: async () => (await sdk.getAppContext()).context,
    getMeetingUUID: async () => {
      const { meetingUUID, parentUUID } = await sdk.getMeetingUUID();
      return parentUUID ? { meetingUUID, parentUUID } : { meetingUUID };
    },
    getUserContext: async () => {
      const { screenName, participantUUID, role } = await sdk.getUserContext();
      return { screenName, participantUUID, role };
    },
    getBreakoutRoomList: async () => toRooms(await sdk.getBreakoutRoomList()),
    createBreakoutRooms: async (names) => toRooms(await sdk.createBreakoutRooms({ numberOfRooms: names.length, assign: 'manually', names: [...names] })),
    assignParticipantToBreakoutRoom: async (uuid, participantUUID) => {
      await sdk.assignParticipantToBreakoutRoom({ uuid, participantUUID });
    },
    openBreakoutRooms: async () => {
      await sdk.openBreakoutRooms();
    },
    sendAppInvitationToAllParticipants: async () => {
      await sdk.sendAppInvitationToAllParticipants();
    },
    onBreakoutRoomChange: (handler) => {
      handlers.add(handler);
      if (!listening) {
        listening = true;
        sdk.onBreakoutRoomChange((event) => {
          for (const h of handlers) h({ action: event.action, breakoutRoomUUID: event.breakoutRoomUUID });
        });
      }
      return () => void handlers.delete(handler);
    },
  };
}

/** The Zoom client. */
export async function loadZoomClient(): Promise<ZoomClient> {
  return adapt(zoomSdk);
}
