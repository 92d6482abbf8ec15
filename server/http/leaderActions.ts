/**
 * What each leader action does (shared/protocol/leaderActions.ts names them,
 * with their bodies and answers): a handler per action, given the workshop
 * the key opened and the body its schema parsed. The map is typed from the
 * registry, so an action without a handler does not compile.
 */
import type { z } from 'zod';
import { randomId } from '../auth/secrets.js';
import type { AppContext } from '../context.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { LEADER_ACTIONS, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { withMessage } from '../../shared/protocol/pairMessages.js';
import { withTimesUp } from '../../shared/protocol/timesUp.js';
import { HttpError } from './errors.js';
import { handleAddPairs, handleMove, handleRename, handleRules } from './sessionChangeHandlers.js';
import { answerHelpRequest } from './helpAnswers.js';

type Handler<Id extends LeaderActionId> = (
  ctx: AppContext,
  workshop: WorkshopRecord,
  body: z.output<(typeof LEADER_ACTIONS)[Id]['body']>,
) => Promise<Wire<(typeof LEADER_ACTIONS)[Id]['response']>>;

const setLocked = (locked: boolean): Handler<'lock' | 'unlock'> => async (ctx, workshop) => {
  await ctx.workshops.update(workshop.id, { locked });
  ctx.log.info({ workshop: workshop.id, locked }, 'lock');
  return { locked };
};

export const LEADER_ACTION_HANDLERS: { readonly [Id in LeaderActionId]: Handler<Id> } = {
  async clock(ctx, workshop, body) {
    if (body.action === 'add' && body.minutes === undefined) throw new HttpError(400, 'minutes is required to add time');
    const next = await ctx.workshops.clock(workshop.id, body.action, body.minutes);
    ctx.log.info({ workshop: workshop.id, action: body.action }, 'clock');
    return { clock: next.clock, serverNow: Date.now() };
  },
  async broadcast(ctx, workshop, body) {
    if (body.pair !== undefined && !workshop.pairs.some((p) => p.n === body.pair)) throw new HttpError(400, `pair ${body.pair} is not in this workshop`);
    const text = body.message.trim();
    const sent = { id: randomId(6), text, at: Date.now(), ...(body.pair !== undefined ? { pair: body.pair } : {}) };
    await ctx.workshops.update(workshop.id, (current) => withMessage(current, sent));
    return { broadcast: text === '' ? null : sent };
  },
  async help(ctx, workshop, body) {
    const help = await answerHelpRequest(ctx, workshop, body.pair, body.answer);
    ctx.log.info({ workshop: workshop.id, pair: body.pair, answer: body.answer }, 'help answered');
    return { pair: body.pair, help };
  },
  async timesUp(ctx, workshop, body) {
    const next = await ctx.workshops.setTimesUp(workshop.id, withTimesUp(workshop.timesUp, body));
    return { timesUp: withTimesUp(next.timesUp, {}), autoLockAt: next.autoLockAt ?? null };
  },
  lock: setLocked(true),
  unlock: setLocked(false),
  rename: handleRename,
  rules: handleRules,
  'add-pairs': handleAddPairs,
  move: handleMove,
};
