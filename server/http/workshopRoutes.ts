/**
 * Lists and workshops: `GET /api/lists`, `POST /api/workshops`.
 */
import { Router } from 'express';
import { BUILT_IN_LISTS } from '../../shared/lists/index.js';
import type { AppContext } from '../context.js';
import { createWorkshopBody } from '../../shared/protocol/bodies.js';
import type { listsResponse } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { parseBody } from './parseBody.js';
import { asyncHandler } from './errors.js';
import { resolveWorkshopSetup } from './workshopSetup.js';
import { withTimesUp } from '../../shared/protocol/timesUp.js';
import { createdWorkshopBody } from './createdWorkshop.js';

export function workshopRoutes(ctx: AppContext, limits: { create: import('express').RequestHandler }): Router {
  const router = Router();

  router.get('/lists', (_req, res) => {
    res.json(BUILT_IN_LISTS satisfies Wire<typeof listsResponse>);
  });

  router.post(
    '/workshops',
    limits.create,
    asyncHandler(async (req, res) => {
      const body = parseBody(createWorkshopBody, req.body);
      const { list, rules, pairs } = resolveWorkshopSetup(body);
      const timesUp = body.timesUp ? withTimesUp(undefined, body.timesUp) : undefined;
      const { workshop, facilitatorKey } = await ctx.workshops.create({ title: body.title ?? list.title, list, rules, pairs, timeZone: body.timeZone, timesUp });
      ctx.log.info({ workshop: workshop.id, pairs: pairs.length, list: list.id }, 'workshop created');
      res.status(201).json(createdWorkshopBody(ctx, req, workshop, facilitatorKey));
    }),
  );

  return router;
}
