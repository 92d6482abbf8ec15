/**
 * Joining and the participant session:
 * `GET /api/join/:code`, `POST /api/join`, `GET /api/workshops/:id/session`,
 * `POST /api/workshops/:id/leave`.
 */
import { Router, type RequestHandler, type Response } from 'express';
import { participantSession } from '../auth/access.js';
import { normalizeJoinCode } from '../../shared/protocol/joinCode.js';
import { randomId } from '../auth/secrets.js';
import { SESSION_TTL_MS, sessionCookieName, signSession } from '../auth/sessions.js';
import type { AppContext } from '../context.js';
import { findWorkshop } from '../workshops/findWorkshop.js';
import { toLive } from '../workshops/WorkshopService.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { listLang, titlesByLanguage } from '../../shared/lists/localizeList.js';
import { findMember } from '../../shared/roster/pairRoster.js';
import { joinBody } from '../../shared/protocol/bodies.js';
import type { joinInfoResponse, leftResponse, notJoinedResponse, sessionInfoResponse, sessionSchema } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { parseBody } from './parseBody.js';
import { WaitingRequests, answerVersion, awaitWorkshopChange, passes } from './awaitWorkshopChange.js';
import { HttpError, asyncHandler } from './errors.js';

/** The workshop of `:id`, or a 404. */
export async function loadWorkshop(ctx: AppContext, id: string): Promise<WorkshopRecord> {
  const workshop = await findWorkshop(ctx.workshops, id);
  if (!workshop) throw new HttpError(404, 'No such workshop.');
  return workshop;
}

async function workshopByCode(ctx: AppContext, raw: string): Promise<WorkshopRecord> {
  const code = normalizeJoinCode(raw);
  const workshop = code ? await ctx.workshops.findByCode(code) : null;
  if (!workshop) throw new HttpError(404, 'No workshop has this code. Check the code the leader shared.');
  return workshop;
}

/** What the join page shows about `workshop`. */
function joinInfo(workshop: WorkshopRecord): Omit<Wire<typeof joinInfoResponse>, 'version'> {
  return {
    workshopId: workshop.id,
    title: workshop.title,
    listTitle: workshop.list.title,
    // The title in each language the list reads in, so the join page can show the person's.
    listLang: listLang(workshop.list),
    listTitles: titlesByLanguage(workshop.list),
    mode: workshop.list.mode,
    pairs: workshop.pairs.map((p) => ({ n: p.n, members: p.members.map((m) => m.name), joined: p.joined ?? [] })),
  };
}

/** Sets the HTTP-only session cookie of `workshopId`. */
export function setSessionCookie(res: Response, ctx: AppContext, workshopId: string, token: string): void {
  res.cookie(sessionCookieName(workshopId), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl?.startsWith('https:') ?? false,
    maxAge: SESSION_TTL_MS,
    path: '/',
  });
}

export function participantRoutes(ctx: AppContext, limits: { join: RequestHandler; lookup: RequestHandler }): Router {
  const router = Router();

  const waiting = new WaitingRequests();
  router.get(
    '/join/:code',
    asyncHandler(async (req, res) => {
      let workshop = typeof req.query.after === 'string' ? await ctx.workshops.findByCode(normalizeJoinCode(String(req.params.code)) ?? '') : null;
      // A join page already open asks again with the version it shows, and hears the next change (issue 14).
      // Such a wait is not counted against the look-ups: a join rush wakes every open page at each join, and
      // a hundred pages behind one school's address would soon be refused. Anything else is counted first.
      const waits = workshop !== null && typeof req.query.after === 'string' && req.query.after === answerVersion(joinInfo(workshop)) && waiting.admit(workshop.id);
      if (!waits && !(await passes(limits.lookup, req, res))) return;
      if (!workshop) workshop = await workshopByCode(ctx, String(req.params.code));
      if (waits) {
        try {
          await awaitWorkshopChange(ctx, workshop.id, req);
        } finally {
          waiting.release(workshop.id);
        }
        workshop = ctx.workshops.peek(workshop.id) ?? workshop;
      }
      const info = joinInfo(workshop);
      res.json({ ...info, version: answerVersion(info) } satisfies Wire<typeof joinInfoResponse>);
    }),
  );

  router.post(
    '/join',
    limits.join,
    asyncHandler(async (req, res) => {
      const body = parseBody(joinBody, req.body);
      const workshop = await workshopByCode(ctx, body.code);
      // A person on the roster is sent to their own pair, under the name the roster gives them.
      const member = findMember(workshop.pairs, body.name);
      const pair = body.pair ?? member?.n ?? null;
      const name = member && member.n === pair ? member.name : body.name;
      if (pair === null) throw new HttpError(400, 'pair is required: choose your pair (breakout room) number.');
      if (!workshop.pairs.some((p) => p.n === pair)) {
        throw new HttpError(400, `pair must be a pair of this workshop (1 to ${workshop.pairs.length}).`);
      }
      // The same browser keeps its participant id, so a rejoin is the same person.
      const previous = participantSession(req.headers, workshop, ctx.sessionSecret);
      const participantId = previous?.pid ?? randomId(9);
      const token = signSession(
        { w: workshop.id, p: pair, pid: participantId, n: name, exp: Date.now() + SESSION_TTL_MS, sid: randomId(12) },
        ctx.sessionSecret,
      );
      setSessionCookie(res, ctx, workshop.id, token);
      await ctx.workshops.recordJoin(workshop.id, pair, name);
      res.json({ workshopId: workshop.id, pair, participantId, name } satisfies Wire<typeof sessionSchema>);
    }),
  );

  router.get(
    '/workshops/:id/session',
    asyncHandler(async (req, res) => {
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      const session = participantSession(req.headers, workshop, ctx.sessionSecret);
      if (!session) {
        res.status(401).json({ error: 'Join the workshop first.', joinCode: workshop.joinCode } satisfies Wire<typeof notJoinedResponse>);
        return;
      }
      res.json({
        session: { workshopId: workshop.id, pair: session.p, participantId: session.pid, name: session.n },
        workshop: {
          id: workshop.id,
          title: workshop.title,
          joinCode: workshop.joinCode,
          list: workshop.list,
          rules: workshop.rules,
          pairCount: workshop.pairs.length,
        },
        live: toLive(workshop, session.p),
        serverNow: Date.now(),
      } satisfies Wire<typeof sessionInfoResponse>);
    }),
  );

  router.post(
    '/workshops/:id/leave',
    asyncHandler(async (req, res) => {
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      // The token stops working here and on every instance, not only in this browser (Airtight, finding 7).
      const session = participantSession(req.headers, workshop, ctx.sessionSecret);
      if (session) {
        await ctx.workshops.revokeSession(workshop.id, session);
        ctx.log.info({ workshop: workshop.id, pair: session.p }, 'session revoked');
      }
      res.clearCookie(sessionCookieName(workshop.id), { path: '/' });
      res.json({ ok: true } satisfies Wire<typeof leftResponse>);
    }),
  );

  return router;
}
