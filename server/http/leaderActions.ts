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
import { HttpError } from './errors.js';
import { handleAddPairs, handleMove, handleRename, handleRules } from './sessionChangeHandlers.js';

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
    const text = body.message.trim();
    const broadcast = text === '' ? null : { id: randomId(6), text, at: Date.now() };
    await ctx.workshops.update(workshop.id, { broadcast });
    return { broadcast };
  },
  lock: setLocked(true),
  unlock: setLocked(false),
  rename: handleRename,
  rules: handleRules,
  'add-pairs': handleAddPairs,
  move: handleMove,
};
