import type { WorkshopRecord } from './types.js';

/** A workshop as the leader's screens see it: everything but the key hash. */
export function publicWorkshop(w: WorkshopRecord) {
  return {
    id: w.id,
    title: w.title,
    joinCode: w.joinCode,
    createdAt: w.createdAt,
    list: w.list,
    rules: w.rules,
    pairs: w.pairs,
  };
}

export type PublicWorkshop = ReturnType<typeof publicWorkshop>;
