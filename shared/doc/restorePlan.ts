/**
 * Writes a whole plan snapshot into a pair document, in one transaction:
 * how an imported workshop's plans (workshop.json) become the stored Yjs
 * state of the new workshop's rooms. Ids are kept, so notes, plan drafts
 * and agreements (whose fingerprints name write-in ids) still belong to
 * their items. The document is written at today's schema version.
 */
import type * as Y from 'yjs';
import { DETAIL_FIELDS, WRITE_IN_TEXT } from './fields.js';
import { rootMap, setDetail } from './planDoc.js';
import { DOC_VERSION, type PlanSnapshot } from './schema.js';
import { sharedText } from './sharedText.js';

/** Copies `plan` into `doc` (meant for an empty one). The help request is left out unless `withHelp`. */
export function restorePlan(doc: Y.Doc, plan: PlanSnapshot, withHelp = false): void {
  doc.transact(() => {
    rootMap(doc, 'meta').set('version', DOC_VERSION);
    const picks = rootMap(doc, 'picks');
    for (const [id, pick] of Object.entries(plan.picks)) picks.set(id, { ...pick });
    const writeIns = rootMap(doc, 'writeIns');
    for (const [id, { text, ...entry }] of Object.entries(plan.writeIns)) {
      writeIns.set(id, entry);
      if (text !== '') sharedText(doc, id, WRITE_IN_TEXT.field).insert(0, text);
    }
    for (const [itemId, item] of Object.entries(plan.details)) {
      for (const field of DETAIL_FIELDS) setDetail(doc, itemId, field, item[field]);
    }
    const agreements = rootMap(doc, 'agreements');
    for (const [id, agreement] of Object.entries(plan.agreements)) agreements.set(id, { ...agreement });
    if (withHelp && plan.help) rootMap(doc, 'flags').set('help', { ...plan.help });
  });
}
