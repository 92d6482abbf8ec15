/**
 * Lists and workshops: `GET /api/lists`, `POST /api/workshops`.
 */
import { Router } from 'express';
import { BUILT_IN_LISTS } from '../../shared/lists/index.js';
import type { AppContext } from '../context.js';
import { createWorkshopBody, parseBody } from './bodies.js';
import { asyncHandler } from './errors.js';
import { resolveWorkshopSetup } from './workshopSetup.js';
import { publicOrigin } from './publicUrl.js';

export function workshopRoutes(ctx: AppContext, limits: { create: import('express').RequestHandler }): Router {
  const router = Router();

  router.get('/lists', (_req, res) => {
    res.json(BUILT_IN_LISTS);
  });

  router.post(
    '/workshops',
    limits.create,
    asyncHandler(async (req, res) => {
      const body = parseBody(createWorkshopBody, req.body);
      const { list, rules, pairs } = resolveWorkshopSetup(body);
      const { workshop, facilitatorKey } = await ctx.workshops.create({ title: body.title ?? list.title, list, rules, pairs });
      const origin = publicOrigin(ctx.config, req);
      ctx.log.info({ workshop: workshop.id, pairs: pairs.length, list: list.id }, 'workshop created');
      res.status(201).json({
        id: workshop.id,
        joinCode: workshop.joinCode,
        joinUrl: `${origin}/j/${workshop.joinCode}`,
        facilitatorUrl: `${origin}/facilitate/${workshop.id}#key=${facilitatorKey}`,
        facilitatorKey,
      });
    }),
  );

  return router;
}
