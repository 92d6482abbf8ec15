/**
 * Writes a whole plan snapshot into a pair document, in one transaction:
 * how an imported workshop's plans (workshop.json) become the stored Yjs
 * state of the new workshop's rooms. Ids are kept as they are, so notes,
 * plan drafts and agreements (whose fingerprints name write-in ids) still
 * belong to their items.
 */
import type * as Y from 'yjs';
import { rootMap } from './planDoc.js';
import { DETAIL_FIELDS, toDetailKey, type PlanSnapshot } from './schema.js';

/** Copies `plan` into `doc` (meant for an empty one). The help request is left out unless `withHelp`. */
export function restorePlan(doc: Y.Doc, plan: PlanSnapshot, withHelp = false): void {
  doc.transact(() => {
    const picks = rootMap(doc, 'picks');
    for (const [id, pick] of Object.entries(plan.picks)) picks.set(id, { ...pick });
    const writeIns = rootMap(doc, 'writeIns');
    for (const [id, writeIn] of Object.entries(plan.writeIns)) writeIns.set(id, { ...writeIn });
    const details = rootMap(doc, 'details');
    for (const [itemId, item] of Object.entries(plan.details)) {
      for (const field of DETAIL_FIELDS) {
        const value = item[field];
        const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
        if (!empty) details.set(toDetailKey(itemId, field), Array.isArray(value) ? [...value] : value);
      }
    }
    const agreements = rootMap(doc, 'agreements');
    for (const [id, agreement] of Object.entries(plan.agreements)) agreements.set(id, { ...agreement });
    if (withHelp && plan.help) rootMap(doc, 'flags').set('help', { ...plan.help });
  });
}
