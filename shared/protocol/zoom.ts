/**
 * The Zoom App's requests and answers (issue 16), under `/api/zoom/`. They
 * exist only when the server has `ZOOM_CLIENT_ID` and `ZOOM_CLIENT_SECRET`.
 * Every body carries the encrypted Zoom App context (`getAppContext()`),
 * which the server decrypts and checks before it reads anything else.
 */
import { z } from 'zod';
import { MAX_ZOOM_CONTEXT_LENGTH, zoomId } from '../zoom/zoomContext.js';
import { workshopLiveSchema } from './live.js';
import { finite, safeInt } from './wire.js';
import { joinBody } from './bodies.js';
import { sessionSchema } from './responses.js';

/** The encrypted context, as `getAppContext()` returns it (base64). */
export const encryptedContext = z.string().min(1).max(MAX_ZOOM_CONTEXT_LENGTH).regex(/^[A-Za-z0-9+/=_-]+$/, 'context must be base64');

/** Most breakout rooms Zoom makes (`createBreakoutRooms`: 1 to 50). */
export const MAX_ZOOM_ROOMS = 50;

/** `POST /api/zoom/link`: the host links the meeting it is in (its main meeting UUID) to a workshop. */
export const zoomLinkBody = z.object({
  context: encryptedContext,
  workshopId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'workshopId is not a workshop id'),
  meetingUUID: zoomId,
});

/** `POST /api/zoom/rooms`: the breakout rooms as `getBreakoutRoomList` listed them, to map onto pairs. */
export const zoomRoomsBody = z.object({
  context: encryptedContext,
  workshopId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'workshopId is not a workshop id'),
  rooms: z.array(z.object({ uuid: zoomId, name: z.string().max(100) })).max(MAX_ZOOM_ROOMS, `at most ${MAX_ZOOM_ROOMS} rooms`),
});

/** `POST /api/zoom/session`: where a participant is (`getMeetingUUID`) and who (`getUserContext`). */
export const zoomSessionBody = z.object({
  context: encryptedContext,
  meetingUUID: zoomId,
  /** Present in a breakout room: the main meeting. */
  parentUUID: zoomId.optional(),
  participantUUID: zoomId,
  /** The Zoom screen name, read as a join's name is (trimmed, spaces collapsed, bounded). */
  screenName: joinBody.shape.name,
});

/** A breakout room and the pair it is. */
export const roomPairSchema = z.object({ uuid: z.string(), pair: safeInt });

/** The answer to a link. */
export const zoomLinkResponse = z.object({ workshopId: z.string(), meetingUUID: z.string(), rooms: z.array(roomPairSchema) });

/** The answer to posting the rooms: the mapping kept. */
export const zoomRoomsResponse = z.object({ rooms: z.array(roomPairSchema) });

/** Where a participant's app should take them. */
export const zoomSessionResponse = z.discriminatedUnion('status', [
  /** The meeting is linked to no workshop (yet). */
  z.object({ status: z.literal('not-linked') }),
  /** In the main room: the workshop's introduction and its clock. */
  z.object({
    status: z.literal('main'),
    workshop: z.object({ id: z.string(), title: z.string(), listTitle: z.string(), directions: z.array(z.string()) }),
    live: workshopLiveSchema,
    serverNow: finite,
  }),
  /** In a breakout room that maps to no pair: pick one by hand with the join code. */
  z.object({ status: z.literal('unmapped'), workshopId: z.string(), joinCode: z.string() }),
  /** In a pair's room: the session cookie is set for that pair. */
  z.object({ status: z.literal('pair'), session: sessionSchema }),
]);
export type ZoomSessionAnswer = z.infer<typeof zoomSessionResponse>;
