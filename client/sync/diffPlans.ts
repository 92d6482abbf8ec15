/**
 * What changed between two snapshots of a pair's plan, as events a screen
 * reader can be told about ("Maria chose: …"). Only remote changes are
 * diffed: your own ticks need no announcement.
 */
import type { Mark, PlanSnapshot } from '../../shared/doc/schema.js';

/** One change to a plan. `name` is who made it, when the plan records it. */
export type PlanChange =
  | { readonly kind: 'picked'; readonly itemId: string; readonly name: string; readonly mark?: Mark }
  | { readonly kind: 'marked'; readonly itemId: string; readonly name: string; readonly mark?: Mark }
  | { readonly kind: 'unpicked'; readonly itemId: string }
  | { readonly kind: 'wroteIn'; readonly itemId: string; readonly name: string; readonly text: string }
  | { readonly kind: 'removedWriteIn'; readonly itemId: string; readonly text: string }
  | { readonly kind: 'agreed'; readonly participantId: string; readonly name: string }
  | { readonly kind: 'help'; readonly name: string; readonly on: boolean };

/** The changes from `prev` to `next`, picks first, then write-ins, agreements, help. */
export function diffPlans(prev: PlanSnapshot, next: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const [itemId, pick] of Object.entries(next.picks)) {
    const before = prev.picks[itemId];
    if (!before) changes.push({ kind: 'picked', itemId, name: pick.name, ...(pick.mark ? { mark: pick.mark } : {}) });
    else if (before.mark !== pick.mark) changes.push({ kind: 'marked', itemId, name: pick.name, ...(pick.mark ? { mark: pick.mark } : {}) });
  }
  for (const itemId of Object.keys(prev.picks)) if (!next.picks[itemId]) changes.push({ kind: 'unpicked', itemId });
  for (const [itemId, writeIn] of Object.entries(next.writeIns)) {
    if (!prev.writeIns[itemId]) changes.push({ kind: 'wroteIn', itemId, name: writeIn.name, text: writeIn.text });
  }
  for (const [itemId, writeIn] of Object.entries(prev.writeIns)) {
    if (!next.writeIns[itemId]) changes.push({ kind: 'removedWriteIn', itemId, text: writeIn.text });
  }
  for (const [participantId, agreement] of Object.entries(next.agreements)) {
    if (prev.agreements[participantId]?.fingerprint !== agreement.fingerprint) {
      changes.push({ kind: 'agreed', participantId, name: agreement.name });
    }
  }
  const help = next.help;
  if (help && (prev.help?.on ?? false) !== help.on) changes.push({ kind: 'help', name: help.name, on: help.on });
  return changes;
}
