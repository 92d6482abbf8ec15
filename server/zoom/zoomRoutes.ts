/**
 * The Zoom App's routes (issue 16): `POST /api/zoom/link`, `/rooms`,
 * `/session`. Mounted only with `ZOOM_CLIENT_ID` and `ZOOM_CLIENT_SECRET`;
 * every body's Zoom App context is decrypted and checked first
 * (decryptZoomContext.ts). The meeting ↔ workshop index is a store setting,
 * first writer wins: a meeting instance links to one workshop.
 */
import { createHash } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { ZoomAppConfig } from '../config.js';
import type { AppContext } from '../context.js';
import { requireFacilitator } from '../auth/access.js';
import { randomId } from '../auth/secrets.js';
import { SESSION_TTL_MS, signSession } from '../auth/sessions.js';
import { HttpError, asyncHandler } from '../http/errors.js';
import { parseBody } from '../http/parseBody.js';
import { loadWorkshop, setSessionCookie } from '../http/participantRoutes.js';
import { toLive } from '../workshops/WorkshopService.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { mapRooms } from '../../shared/zoom/mapRooms.js';
import { isZoomHost, type ZoomContext } from '../../shared/zoom/zoomContext.js';
import { zoomLinkBody, zoomRoomsBody, zoomSessionBody, type zoomLinkResponse, type zoomRoomsResponse, type zoomSessionResponse } from '../../shared/protocol/zoom.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { decryptZoomContext, ZoomContextError } from './decryptZoomContext.js';

const meetingKey = (meetingUUID: string): string => `zoom-meeting:${meetingUUID}`;

/** The participant id of a Zoom participant: stable per meeting and `participantUUID` (a rejoin is the same person). */
export function zoomParticipantId(meetingUUID: string, participantUUID: string): string {
  return `z${createHash('sha256').update(`${meetingUUID}\n${participantUUID}`).digest('base64url').slice(0, 16)}`;
}

function verified(zoom: ZoomAppConfig, encoded: string): ZoomContext {
  try {
    return decryptZoomContext(encoded, zoom);
  } catch (error) {
    if (error instanceof ZoomContextError) throw new HttpError(401, `The Zoom app context was refused (${error.reason}).`);
    throw error;
  }
}

/** The host (or a co-host) in the main meeting it names. */
function requireHostIn(context: ZoomContext, meetingUUID: string): void {
  if (!isZoomHost(context.attendrole)) throw new HttpError(403, 'Only the meeting host or a co-host can set the meeting up.');
  if (context.mid !== meetingUUID) throw new HttpError(403, 'The Zoom app context is for another meeting.');
}

async function linkedWorkshop(ctx: AppContext, meetingUUID: string): Promise<WorkshopRecord | null> {
  const id = await ctx.store.getSetting(meetingKey(meetingUUID));
  if (id === null) return null;
  const workshop = await ctx.workshops.get(id);
  return workshop?.zoom?.meetingUUID === meetingUUID ? workshop : null;
}

/** The Zoom routes; `limit` is the join budget (they issue sessions). */
export function zoomRoutes(ctx: AppContext, zoom: ZoomAppConfig, limits: { leader: RequestHandler; join: RequestHandler }): Router {
  const router = Router();

  router.post(
    '/zoom/link',
    limits.leader,
    asyncHandler(async (req, res) => {
      const body = parseBody(zoomLinkBody, req.body);
      const workshop = await loadWorkshop(ctx, body.workshopId);
      requireFacilitator(req.headers, workshop);
      requireHostIn(verified(zoom, body.context), body.meetingUUID);
      const owner = await ctx.store.ensureSetting(meetingKey(body.meetingUUID), () => workshop.id);
      if (owner !== workshop.id) throw new HttpError(409, 'This meeting is already linked to another workshop.');
      const rooms = workshop.zoom?.meetingUUID === body.meetingUUID ? workshop.zoom.rooms : [];
      await ctx.workshops.update(workshop.id, { zoom: { meetingUUID: body.meetingUUID, rooms } });
      ctx.log.info({ workshop: workshop.id }, 'zoom meeting linked');
      res.json({ workshopId: workshop.id, meetingUUID: body.meetingUUID, rooms: [...rooms] } satisfies Wire<typeof zoomLinkResponse>);
    }),
  );

  router.post(
    '/zoom/rooms',
    limits.leader,
    asyncHandler(async (req, res) => {
      const body = parseBody(zoomRoomsBody, req.body);
      const workshop = await loadWorkshop(ctx, body.workshopId);
      requireFacilitator(req.headers, workshop);
      if (!workshop.zoom) throw new HttpError(409, 'Link the meeting to this workshop first.');
      requireHostIn(verified(zoom, body.context), workshop.zoom.meetingUUID);
      const rooms = mapRooms(body.rooms, workshop.pairs.length);
      await ctx.workshops.update(workshop.id, { zoom: { meetingUUID: workshop.zoom.meetingUUID, rooms } });
      ctx.log.info({ workshop: workshop.id, rooms: rooms.length }, 'zoom rooms mapped');
      res.json({ rooms } satisfies Wire<typeof zoomRoomsResponse>);
    }),
  );

  router.post(
    '/zoom/session',
    limits.join,
    asyncHandler(async (req, res) => {
      const body = parseBody(zoomSessionBody, req.body);
      const context = verified(zoom, body.context);
      // The context names the meeting the app is open in: the room, or (Zoom's docs are not plain on it) the main meeting.
      if (context.mid === undefined || (context.mid !== body.meetingUUID && context.mid !== body.parentUUID)) throw new HttpError(403, 'The Zoom app context is for another meeting.');
      const main = body.parentUUID ?? body.meetingUUID;
      const workshop = await linkedWorkshop(ctx, main);
      const answer = await placeParticipant(ctx, workshop, body, main, res);
      res.json(answer);
    }),
  );

  return router;
}

type SessionAnswer = Wire<typeof zoomSessionResponse>;

async function placeParticipant(
  ctx: AppContext,
  workshop: WorkshopRecord | null,
  body: ReturnType<typeof zoomSessionBody.parse>,
  main: string,
  res: Parameters<RequestHandler>[1],
): Promise<SessionAnswer> {
  if (!workshop?.zoom) return { status: 'not-linked' };
  if (body.parentUUID === undefined) {
    return {
      status: 'main',
      workshop: { id: workshop.id, title: workshop.title, listTitle: workshop.list.title, directions: [...workshop.list.directions] },
      live: toLive(workshop, 'all'),
      serverNow: Date.now(),
    };
  }
  const room = workshop.zoom.rooms.find((r) => r.uuid === body.meetingUUID);
  if (!room || !workshop.pairs.some((p) => p.n === room.pair)) return { status: 'unmapped', workshopId: workshop.id, joinCode: workshop.joinCode };
  const participantId = zoomParticipantId(main, body.participantUUID);
  const token = signSession({ w: workshop.id, p: room.pair, pid: participantId, n: body.screenName, exp: Date.now() + SESSION_TTL_MS, sid: randomId(12) }, ctx.sessionSecret);
  setSessionCookie(res, ctx, workshop.id, token);
  await ctx.workshops.recordJoin(workshop.id, room.pair, body.screenName);
  return { status: 'pair', session: { workshopId: workshop.id, pair: room.pair, participantId, name: body.screenName } };
}
