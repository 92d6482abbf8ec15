/**
 * A pair's plan as it is now: from its room when the room is loaded on this
 * instance (with who is present), otherwise from the store, which holds
 * every update any instance accepted.
 */
import type { AppContext } from '../context.js';
import type { ExportPair } from '../../shared/export/types.js';
import { roomKey } from '../../shared/protocol/socketPaths.js';
import { readStoredPlan } from '../workshops/readPlan.js';

/** The current plan of pair `n` of workshop `workshopId`. */
export async function loadPairPlan(ctx: AppContext, workshopId: string, n: number): Promise<ExportPair> {
  const key = roomKey(workshopId, n);
  const room = await ctx.rooms.loaded(key);
  if (room) return { n, plan: room.snapshot(), present: room.presentParticipants() };
  const stored = await readStoredPlan(ctx.store, key);
  return { n, plan: stored.plan, present: [] };
}
