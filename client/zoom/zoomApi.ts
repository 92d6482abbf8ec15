/** The Zoom App's requests (`/api/zoom/…`, shared/protocol/zoom.ts) and the host's read of the workshop. */
import type { z } from 'zod';
import { leaderWorkshopResponse } from '../../shared/protocol/responses.js';
import { zoomLinkResponse, zoomRoomsResponse, zoomSessionResponse, type ZoomSessionAnswer, type zoomLinkBody, type zoomRoomsBody, type zoomSessionBody } from '../../shared/protocol/zoom.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { fetchJson, parseWith } from '../api/http.js';

/** The leader's workshop and key. */
export interface HostAuth {
  readonly workshopId: string;
  readonly key: string;
}

const bearer = (auth: HostAuth) => ({ authorization: `Bearer ${auth.key}` });

/** The workshop as its leader sees it. */
export type HostWorkshop = z.output<typeof leaderWorkshopResponse>;

/** The workshop as its leader sees it (pairs and roster). */
export function getHostWorkshop(auth: HostAuth): Promise<HostWorkshop> {
  return fetchJson(`/api/workshops/${encodeURIComponent(auth.workshopId)}`, parseWith(leaderWorkshopResponse, 'workshop'), { headers: bearer(auth) });
}

/** Links this meeting to the workshop. */
export function postZoomLink(auth: HostAuth, body: Omit<Wire<typeof zoomLinkBody>, 'workshopId'>) {
  return fetchJson('/api/zoom/link', parseWith(zoomLinkResponse, 'zoom link'), { body: { ...body, workshopId: auth.workshopId }, headers: bearer(auth) });
}

/** Sends the breakout rooms; the answer is the room ↔ pair mapping kept. */
export function postZoomRooms(auth: HostAuth, body: Omit<Wire<typeof zoomRoomsBody>, 'workshopId'>) {
  return fetchJson('/api/zoom/rooms', parseWith(zoomRoomsResponse, 'zoom rooms'), { body: { ...body, workshopId: auth.workshopId }, headers: bearer(auth) });
}

/** Where this participant belongs; sets the pair's session cookie when they are in a pair's room. */
export function postZoomSession(body: Wire<typeof zoomSessionBody>): Promise<ZoomSessionAnswer> {
  return fetchJson('/api/zoom/session', parseWith(zoomSessionResponse, 'zoom session'), { body });
}
