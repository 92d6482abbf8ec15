/**
 * The leader answers a pair's help request (issue 14): the server writes the
 * answer into the pair's document itself (shared/doc/planDoc.ts
 * `answerHelp`), through the room's own pipeline (judged, stored, relayed to
 * the partners and to every instance), so a partner can never forge it and
 * every screen reads it from the one document.
 */
import type { AppContext } from '../context.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { answerHelp, toSnapshot } from '../../shared/doc/planDoc.js';
import type { HelpFlag } from '../../shared/doc/schema.js';
import type { HelpAnswer } from '../../shared/protocol/helpAnswer.js';
import { HttpError } from './errors.js';

/** Answers pair `pair`'s help request; the request as it stands afterwards (`null`: the pair never asked). */
export async function answerHelpRequest(ctx: AppContext, workshop: WorkshopRecord, pair: number, answer: HelpAnswer): Promise<HelpFlag | null> {
  if (!workshop.pairs.some((p) => p.n === pair)) throw new HttpError(400, `pair ${pair} is not in this workshop`);
  const room = await ctx.rooms.acquire(workshop, pair);
  try {
    await room.applyServerChange((doc) => answerHelp(doc, answer, Date.now()));
    return toSnapshot(room.doc).help;
  } finally {
    ctx.rooms.release(room);
  }
}
