/**
 * The handlers of the leader's changes to a running workshop (issue 14;
 * bodies in shared/protocol/sessionChanges.ts): rename, rules, add pairs,
 * move a person. Each stores its change with `WorkshopService.update`, which
 * tells this instance's screens and, through the relay, every other's: pair
 * rooms get the new live state (title, rules, pair count), dashboards the
 * new summaries, a moved person's sockets a fresh session for their new pair.
 */
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { createClock } from '../../shared/protocol/clock.js';
import type { addPairsBody, addPairsResponse, moveBody, moveResponse, renameBody, renameResponse, rulesChangeBody, rulesChangeResponse } from '../../shared/protocol/sessionChanges.js';
import { WORKSHOP_LIMITS } from '../../shared/protocol/limits.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { withMove } from '../auth/movedSessions.js';
import { withAddedPairs, withPersonMoved } from '../workshops/sessionChanges.js';
import { HttpError } from './errors.js';

type Handler<Body extends z.ZodType, Answer extends z.ZodType> = (ctx: AppContext, workshop: WorkshopRecord, body: z.output<Body>) => Promise<Wire<Answer>>;

export const handleRename: Handler<typeof renameBody, typeof renameResponse> = async (ctx, workshop, body) => {
  const next = await ctx.workshops.update(workshop.id, { title: body.title });
  ctx.log.info({ workshop: workshop.id }, 'renamed');
  return { title: next.title };
};

export const handleRules: Handler<typeof rulesChangeBody, typeof rulesChangeResponse> = async (ctx, workshop, body) => {
  const rules = { ...workshop.rules, ...body };
  // New minutes set a clock nobody started yet; a running one keeps its time (the leader adds or ends it).
  const clock = body.minutes !== undefined && workshop.clock.status === 'idle' ? { clock: createClock(rules.minutes) } : {};
  const next = await ctx.workshops.update(workshop.id, { rules, ...clock });
  ctx.log.info({ workshop: workshop.id, rules }, 'rules changed');
  return { rules: next.rules };
};

export const handleAddPairs: Handler<typeof addPairsBody, typeof addPairsResponse> = async (ctx, workshop, body) => {
  const pairs = withAddedPairs(workshop.pairs, body.count);
  if (!pairs) throw new HttpError(400, `count: a workshop has at most ${WORKSHOP_LIMITS.pairs} pairs (this one has ${workshop.pairs.length}).`);
  const next = await ctx.workshops.update(workshop.id, { pairs });
  ctx.log.info({ workshop: workshop.id, pairs: next.pairs.length }, 'pairs added');
  return { pairCount: next.pairs.length, added: pairs.slice(workshop.pairs.length).map((p) => p.n) };
};

export const handleMove: Handler<typeof moveBody, typeof moveResponse> = async (ctx, workshop, body) => {
  for (const n of [body.from, body.to]) {
    if (!workshop.pairs.some((p) => p.n === n)) throw new HttpError(400, `pair ${n} is not a pair of this workshop.`);
  }
  const moved = withPersonMoved(workshop.pairs, body.name, body.from, body.to);
  if (!moved) throw new HttpError(400, `name: pair ${body.from} has nobody of that name (on its roster or joined).`);
  const move = { name: moved.name, from: body.from, to: body.to, at: Date.now() };
  await ctx.workshops.update(workshop.id, { pairs: moved.pairs, moves: withMove(workshop.moves, move) });
  ctx.log.info({ workshop: workshop.id, from: body.from, to: body.to }, 'person moved');
  return { name: moved.name, from: body.from, to: body.to };
};
