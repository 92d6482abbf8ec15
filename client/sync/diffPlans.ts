/**
 * What changed between two snapshots of a pair's plan, as events a screen
 * reader can be told about ("Maria chose: …"). Only remote changes are
 * diffed: your own ticks need no announcement.
 *
 * Who unticked (issue 12): a removal is a delete, and a Yjs delete records
 * no author, so the plan cannot say who made it. Presence can: a remote
 * change was made by someone else in the room, so when exactly one other
 * person is here it was them ("Unticked by Maria: …"). With nobody else or
 * two or more others here, no name is given. Nor is one when the removed
 * item was your own and the plan is still at its maximum: that may be the
 * server undoing your losing tick of a race (its refusal says so), not a
 * partner.
 */
import type { Mark, PlanSnapshot } from '../../shared/doc/schema.js';

/** One change to a plan. `name` is who made it, when the plan records it or presence tells (removals). */
export type PlanChange =
  | { readonly kind: 'picked'; readonly itemId: string; readonly name: string; readonly mark?: Mark }
  | { readonly kind: 'marked'; readonly itemId: string; readonly name: string; readonly mark?: Mark }
  | { readonly kind: 'unpicked'; readonly itemId: string; readonly name?: string }
  | { readonly kind: 'wroteIn'; readonly itemId: string; readonly name: string; readonly text: string }
  | { readonly kind: 'removedWriteIn'; readonly itemId: string; readonly text: string; readonly name?: string }
  | { readonly kind: 'agreed'; readonly participantId: string; readonly name: string }
  | { readonly kind: 'help'; readonly name: string; readonly on: boolean };

/** Who else is in the room, for naming who removed something. */
export interface RemovalContext {
  /** Your participant id. */
  readonly selfId: string;
  /** Everyone else whose client is in the room now (your own other tab included, see `otherWriters`). */
  readonly others: readonly { readonly name: string }[];
  /** The rules' maximum, if any. */
  readonly maxTotal: number | null;
}

/** The name to give a removal of an item written by `authorId`, or `undefined` when it is not known. */
function remover(next: PlanSnapshot, authorId: string, context: RemovalContext | undefined): string | undefined {
  if (!context || context.others.length !== 1) return undefined;
  const chosen = Object.keys(next.picks).length + Object.keys(next.writeIns).length;
  const mayBeUndone = authorId === context.selfId && context.maxTotal !== null && chosen >= context.maxTotal;
  return mayBeUndone ? undefined : context.others[0].name;
}

const named = (name: string | undefined): { name?: string } => (name === undefined ? {} : { name });

/** The changes from `prev` to `next`, picks first, then write-ins, agreements, help. */
export function diffPlans(prev: PlanSnapshot, next: PlanSnapshot, context?: RemovalContext): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const [itemId, pick] of Object.entries(next.picks)) {
    const before = prev.picks[itemId];
    if (!before) changes.push({ kind: 'picked', itemId, name: pick.name, ...(pick.mark ? { mark: pick.mark } : {}) });
    else if (before.mark !== pick.mark) changes.push({ kind: 'marked', itemId, name: pick.name, ...(pick.mark ? { mark: pick.mark } : {}) });
  }
  for (const [itemId, pick] of Object.entries(prev.picks)) {
    if (!next.picks[itemId]) changes.push({ kind: 'unpicked', itemId, ...named(remover(next, pick.by, context)) });
  }
  for (const [itemId, writeIn] of Object.entries(next.writeIns)) {
    if (!prev.writeIns[itemId]) changes.push({ kind: 'wroteIn', itemId, name: writeIn.name, text: writeIn.text });
  }
  for (const [itemId, writeIn] of Object.entries(prev.writeIns)) {
    if (!next.writeIns[itemId]) changes.push({ kind: 'removedWriteIn', itemId, text: writeIn.text, ...named(remover(next, writeIn.by, context)) });
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
