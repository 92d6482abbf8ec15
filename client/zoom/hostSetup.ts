/**
 * The host's set-up steps inside Zoom (issue 16), as plain functions over
 * the {@link ZoomClient} and the server: link the meeting, create the rooms
 * from the workshop's pairs (roster members assigned), adopt rooms made in
 * Zoom. Each returns what the host panel reports.
 */
import { assignRoster } from '../../shared/zoom/assignRoster.js';
import { mapRooms, roomNameFor } from '../../shared/zoom/mapRooms.js';
import { getHostWorkshop, postZoomLink, postZoomRooms, type HostAuth, type HostWorkshop } from './zoomApi.js';
import type { ZoomBreakoutRooms, ZoomClient } from './zoomClient.js';

/** Links the meeting the host is in (its main meeting UUID) to the workshop; the workshop as the host sees it. */
export async function linkMeeting(client: ZoomClient, auth: HostAuth): Promise<HostWorkshop> {
  const [context, meeting] = await Promise.all([client.getAppContext(), client.getMeetingUUID()]);
  await postZoomLink(auth, { context, meetingUUID: meeting.parentUUID ?? meeting.meetingUUID });
  return getHostWorkshop(auth);
}

const asRooms = (list: ZoomBreakoutRooms) => list.rooms.map((r) => ({ uuid: r.breakoutRoomId, name: r.name }));

/** Sends Zoom's room list to the server; how many rooms are pairs now. */
async function keepRooms(client: ZoomClient, auth: HostAuth): Promise<number> {
  const list = await client.getBreakoutRoomList();
  const context = await client.getAppContext();
  return (await postZoomRooms(auth, { context, rooms: asRooms(list) })).rooms.length;
}

/** Creates "Pair 1"… for the workshop's pairs, puts roster members Zoom lists by name in theirs, and keeps the mapping. */
export async function createRooms(client: ZoomClient, auth: HostAuth, workshop: HostWorkshop): Promise<{ mapped: number; assigned: number }> {
  const created = await client.createBreakoutRooms(workshop.pairs.map((p) => roomNameFor(p.n)));
  const roomOf = new Map(mapRooms(asRooms(created), workshop.pairs.length).map((r) => [r.pair, r.uuid]));
  const people = (await client.getBreakoutRoomList()).unassigned ?? [];
  const assignments = assignRoster(workshop.pairs, people);
  for (const a of assignments) {
    const room = roomOf.get(a.pair);
    if (room) await client.assignParticipantToBreakoutRoom(room, a.participantUUID);
  }
  return { mapped: await keepRooms(client, auth), assigned: assignments.length };
}

/** Maps rooms made in Zoom onto the pairs (by the number in their names, then by order). */
export async function adoptRooms(client: ZoomClient, auth: HostAuth): Promise<{ mapped: number }> {
  return { mapped: await keepRooms(client, auth) };
}
