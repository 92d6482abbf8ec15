/**
 * Who a pair is, by name: the roster's people placed in the pair, then
 * everyone who chose, wrote in or agreed to something in the plan, in the
 * order they first acted. Names are compared without case or extra spaces.
 */
import type { PlanSnapshot } from '../doc/schema.js';

const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The partners' names for `plan`, roster members first; blank names are skipped. */
export function planPartners(plan: PlanSnapshot, members: readonly string[] = []): string[] {
  const authored = [
    ...Object.values(plan.picks),
    ...Object.values(plan.writeIns),
    ...Object.values(plan.agreements),
  ]
    .map((a) => ({ name: a.name, at: a.at }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [...members, ...authored.map((a) => a.name)]) {
    const k = key(name);
    if (k === '' || seen.has(k)) continue;
    seen.add(k);
    names.push(name.trim().replace(/\s+/g, ' '));
  }
  return names;
}
