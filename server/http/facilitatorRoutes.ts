/**
 * The leader's API, all behind `Authorization: Bearer <facilitatorKey>`:
 * the workshop with every pair's summary, the clock, broadcast, lock.
 */
import { Router, type RequestHandler } from 'express';
import { randomId } from '../auth/secrets.js';
import { requireFacilitator } from '../auth/access.js';
import type { AppContext } from '../context.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import { publicWorkshop } from '../workshops/publicWorkshop.js';
import { toLive } from '../workshops/WorkshopService.js';
import { broadcastBody, clockBody } from '../../shared/protocol/bodies.js';
import type { broadcastResponse, clockResponse, leaderWorkshopResponse, lockResponse } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { parseBody } from './parseBody.js';
import { HttpError, asyncHandler } from './errors.js';
import { loadWorkshop } from './participantRoutes.js';
import { publicOrigin } from './publicUrl.js';

/** `limits.leader` runs before every route, so wrong keys are counted too. */
export function facilitatorRoutes(ctx: AppContext, hub: DashboardHub, limits: { leader: RequestHandler }): Router {
  const router = Router();
  const leaderWorkshop = async (req: import('express').Request) => {
    const workshop = await loadWorkshop(ctx, String(req.params.id));
    requireFacilitator(req.headers, workshop);
    return workshop;
  };

  router.get(
    '/workshops/:id',
    limits.leader,
    asyncHandler(async (req, res) => {
      const workshop = await leaderWorkshop(req);
      res.json({
        ...publicWorkshop(workshop),
        joinUrl: `${publicOrigin(ctx.config, req)}/j/${workshop.joinCode}`,
        live: toLive(workshop),
        summaries: await hub.summaries(workshop),
        serverNow: Date.now(),
      } satisfies Wire<typeof leaderWorkshopResponse>);
    }),
  );

  router.post(
    '/workshops/:id/clock',
    limits.leader,
    asyncHandler(async (req, res) => {
      const workshop = await leaderWorkshop(req);
      const body = parseBody(clockBody, req.body);
      if (body.action === 'add' && body.minutes === undefined) throw new HttpError(400, 'minutes is required to add time');
      const next = await ctx.workshops.clock(workshop.id, body.action, body.minutes);
      ctx.log.info({ workshop: workshop.id, action: body.action }, 'clock');
      res.json({ clock: next.clock, serverNow: Date.now() } satisfies Wire<typeof clockResponse>);
    }),
  );

  router.post(
    '/workshops/:id/broadcast',
    limits.leader,
    asyncHandler(async (req, res) => {
      const workshop = await leaderWorkshop(req);
      const text = parseBody(broadcastBody, req.body).message.trim();
      const broadcast = text === '' ? null : { id: randomId(6), text, at: Date.now() };
      await ctx.workshops.update(workshop.id, { broadcast });
      res.json({ broadcast } satisfies Wire<typeof broadcastResponse>);
    }),
  );

  for (const [path, locked] of [['lock', true], ['unlock', false]] as const) {
    router.post(
      `/workshops/:id/${path}`,
      limits.leader,
      asyncHandler(async (req, res) => {
        const workshop = await leaderWorkshop(req);
        await ctx.workshops.update(workshop.id, { locked });
        ctx.log.info({ workshop: workshop.id, locked }, 'lock');
        res.json({ locked } satisfies Wire<typeof lockResponse>);
      }),
    );
  }

  return router;
}
