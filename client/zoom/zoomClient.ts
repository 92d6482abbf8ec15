/**
 * What pairplan asks of the Zoom client, as one small typed interface
 * (issue 16). The real implementation is `zoomSdk.ts`, the only module that
 * imports `@zoom/appssdk`; the browser tests build the app with a fake in
 * its place (tests/e2e/zoom/fakeZoomSdk.ts) and nothing deeper is replaced.
 * Types only, so every other module can import it without the SDK.
 */

/** Where the app runs (`getRunningContext`/`config`): 'inMeeting', 'inMainClient', … */
export type ZoomRunningContext = string;

/** `getMeetingUUID`: this (breakout) meeting and, in a breakout room, the main meeting. */
export interface ZoomMeetingUUID {
  readonly meetingUUID: string;
  readonly parentUUID?: string;
}

/** `getUserContext`: who this is in the meeting. `role` is 'host', 'coHost', 'attendee' or 'panelist'. */
export interface ZoomUserContext {
  readonly screenName: string;
  readonly participantUUID: string;
  readonly role: string;
}

/** One person in `getBreakoutRoomList` (the owner sees them; others see only room names). */
export interface ZoomRoomPerson {
  readonly participantUUID: string;
  readonly displayName: string;
}

/** `getBreakoutRoomList` / `createBreakoutRooms`: the rooms, whether they are open, who is not in one. */
export interface ZoomBreakoutRooms {
  readonly rooms: readonly { readonly breakoutRoomId: string; readonly name: string; readonly participants?: readonly ZoomRoomPerson[] }[];
  readonly state: 'open' | 'closed';
  readonly unassigned?: readonly ZoomRoomPerson[];
}

/** `onBreakoutRoomChange`: this person joined or left a breakout room (the app is not reloaded). */
export interface ZoomRoomChange {
  readonly action: 'join' | 'leave';
  readonly breakoutRoomUUID: string;
}

/** The Zoom client, as pairplan uses it. */
export interface ZoomClient {
  /** `config` with the capabilities below; rejects outside Zoom. */
  config(): Promise<{ readonly runningContext: ZoomRunningContext }>;
  /** `getAppContext().context`: the encrypted context, for the server to verify. */
  getAppContext(): Promise<string>;
  getMeetingUUID(): Promise<ZoomMeetingUUID>;
  getUserContext(): Promise<ZoomUserContext>;
  getBreakoutRoomList(): Promise<ZoomBreakoutRooms>;
  /** `createBreakoutRooms({ numberOfRooms, assign: 'manually', names })`. */
  createBreakoutRooms(names: readonly string[]): Promise<ZoomBreakoutRooms>;
  /** `assignParticipantToBreakoutRoom({ uuid, participantUUID })`. */
  assignParticipantToBreakoutRoom(roomUUID: string, participantUUID: string): Promise<void>;
  openBreakoutRooms(): Promise<void>;
  sendAppInvitationToAllParticipants(): Promise<void>;
  /** Calls `handler` on every room change; returns the unsubscribe. */
  onBreakoutRoomChange(handler: (change: ZoomRoomChange) => void): () => void;
}

/** The SDK capabilities pairplan asks for in `config` (each must be added in the Marketplace build flow). */
export const ZOOM_CAPABILITIES = [
  'getAppContext',
  'getMeetingUUID',
  'getUserContext',
  'getBreakoutRoomList',
  'createBreakoutRooms',
  'assignParticipantToBreakoutRoom',
  'openBreakoutRooms',
  'sendAppInvitationToAllParticipants',
  'onBreakoutRoomChange',
] as const;

/** Whether a `getUserContext` role may set the breakout rooms up. */
export function isHostRole(role: string): boolean {
  return role === 'host' || role === 'coHost';
}
