/**
 * `POST /api/workshops/:id/session/adopt` (issue 14): a person the leader
 * moved to another pair was sent a fresh session on their open room's
 * socket (server/auth/movedSessions.ts); their browser posts it here and
 * gets it as the workshop's HTTP-only cookie, then opens the new pair. The
 * token must be one this server signed for this workshop, unexpired, not
 * revoked and not moved away in turn, so a forged, foreign or old token
 * changes nothing (401).
 */
import { Router, type RequestHandler } from 'express';
import { participantSession } from '../auth/access.js';
import { sessionCookieName } from '../auth/sessions.js';
import type { AppContext } from '../context.js';
import { adoptSessionBody } from '../../shared/protocol/sessionChanges.js';
import type { sessionSchema } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { parseBody } from './parseBody.js';
import { HttpError, asyncHandler } from './errors.js';
import { loadWorkshop, setSessionCookie } from './participantRoutes.js';

export function sessionMoveRoutes(ctx: AppContext, limits: { adopt: RequestHandler }): Router {
  const router = Router();
  router.post(
    '/workshops/:id/session/adopt',
    limits.adopt,
    asyncHandler(async (req, res) => {
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      const { token } = parseBody(adoptSessionBody, req.body);
      // The same checks as every entrance: the token is read as the cookie it is about to become.
      const session = participantSession({ cookie: `${sessionCookieName(workshop.id)}=${encodeURIComponent(token)}` }, workshop, ctx.sessionSecret);
      if (!session) throw new HttpError(401, 'This session is not valid; join the workshop again.');
      setSessionCookie(res, ctx, workshop.id, token);
      res.json({ workshopId: workshop.id, pair: session.p, participantId: session.pid, name: session.n } satisfies Wire<typeof sessionSchema>);
    }),
  );
  return router;
}
