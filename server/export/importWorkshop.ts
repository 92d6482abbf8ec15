/**
 * Restores a workshop from a parsed workshop.json: a new workshop (new id,
 * join code and facilitator key) with the file's title, list, rules and
 * roster, and each pair's plan stored as one Yjs update of its room, as if
 * the partners had just written it. Ids are kept, so notes, drafts and
 * agreements still hold. Help requests are not restored: they belonged to
 * the earlier session.
 */
import * as Y from 'yjs';
import { initPlanDoc } from '../../shared/doc/planDoc.js';
import { restorePlan } from '../../shared/doc/restorePlan.js';
import type { PlanSnapshot } from '../../shared/doc/schema.js';
import type { AppContext } from '../context.js';
import { roomKey } from '../../shared/protocol/socketPaths.js';
import type { WorkshopRecord } from '../workshops/types.js';
import type { ImportFile } from './readImportFile.js';

/** The Yjs update that writes `plan` into an empty pair document, or `null` for an empty plan. */
export function planUpdate(plan: PlanSnapshot): Uint8Array | null {
  const size = Object.keys(plan.picks).length + Object.keys(plan.writeIns).length + Object.keys(plan.details).length + Object.keys(plan.agreements).length;
  if (size === 0) return null;
  const doc = initPlanDoc(new Y.Doc());
  restorePlan(doc, plan);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * Creates the workshop of an import read by `readImportFile` (in the export
 * pool) and stores its plans; resolves once every plan is durable.
 */
export async function importWorkshop(ctx: AppContext, { file, updates }: ImportFile): Promise<{ workshop: WorkshopRecord; facilitatorKey: string }> {
  const created = await ctx.workshops.create({
    title: file.title,
    list: file.list,
    rules: file.rules,
    timeZone: file.timeZone,
    pairs: file.pairs.map((p) => ({ n: p.n, members: p.members })),
  });
  await Promise.all(
    file.pairs.map((pair, i) => {
      const update = updates[i];
      return update ? ctx.store.appendUpdate(roomKey(created.workshop.id, pair.n), update) : Promise.resolve();
    }),
  );
  return created;
}
