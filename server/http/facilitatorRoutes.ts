/**
 * The leader's API, all behind `Authorization: Bearer <facilitatorKey>`:
 * the workshop with every pair's summary, deleting it, and the leader's actions (the
 * clock, broadcast, lock …: shared/protocol/leaderActions.ts).
 */
import { Router, type RequestHandler } from 'express';
import { requireFacilitator } from '../auth/access.js';
import type { AppContext } from '../context.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import { publicWorkshop } from '../workshops/publicWorkshop.js';
import { toLeaderLive } from '../workshops/WorkshopService.js';
import { LEADER_ACTIONS, LEADER_ACTION_IDS } from '../../shared/protocol/leaderActions.js';
import type { deletedWorkshopResponse, leaderWorkshopResponse } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { parseBody } from './parseBody.js';
import { asyncHandler } from './errors.js';
import { LEADER_ACTION_HANDLERS } from './leaderActions.js';
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
        live: toLeaderLive(workshop),
        summaries: await hub.summaries(workshop),
        serverNow: Date.now(),
      } satisfies Wire<typeof leaderWorkshopResponse>);
    }),
  );

  router.delete(
    '/workshops/:id',
    limits.leader,
    asyncHandler(async (req, res) => {
      const workshop = await leaderWorkshop(req);
      await ctx.workshops.delete(workshop.id);
      res.json({ ok: true, deleted: workshop.id } satisfies Wire<typeof deletedWorkshopResponse>);
    }),
  );

  // The leader's actions: one route each, from the registry (shared/protocol/leaderActions.ts).
  for (const id of LEADER_ACTION_IDS) {
    router.post(
      `/workshops/:id/${id}`,
      limits.leader,
      asyncHandler(async (req, res) => {
        const workshop = await leaderWorkshop(req);
        const handle = LEADER_ACTION_HANDLERS[id] as (ctx: AppContext, w: typeof workshop, body: unknown) => Promise<unknown>;
        res.json(await handle(ctx, workshop, parseBody(LEADER_ACTIONS[id].body, req.body ?? {})));
      }),
    );
  }

  return router;
}
