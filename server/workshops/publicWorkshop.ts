import type { leaderWorkshopSchema } from '../../shared/protocol/workshop.js';
import type { Wire } from '../../shared/protocol/wire.js';
import type { WorkshopRecord } from './types.js';

/** A workshop as the leader's screens see it (shared/protocol/workshop.ts): everything but the key hash. */
export function publicWorkshop(w: WorkshopRecord): Wire<typeof leaderWorkshopSchema> {
  return {
    id: w.id,
    title: w.title,
    joinCode: w.joinCode,
    createdAt: w.createdAt,
    list: w.list,
    rules: w.rules,
    pairs: w.pairs,
    ...(w.timeZone !== undefined ? { timeZone: w.timeZone } : {}),
  };
}
