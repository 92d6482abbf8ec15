/**
 * A short fingerprint of what an agreement covers: the chosen activities,
 * their marks and the write-ins' text (the i18n key `agreement.covers` says
 * so on the agree panel and in every export). An agreement records the
 * fingerprint it agreed to, so it holds only while those are unchanged: any
 * tick, untick, mark change or write-in edit withdraws it, on every screen,
 * without anyone having to write anything. Notes, goal tags, "we split on
 * this" and the plan draft are not part of it: annotating the agreed choices
 * does not withdraw the agreement.
 */
import type { PlanSnapshot } from '../doc/schema.js';

/** FNV-1a, 32 bit, as 8 hex digits: stable across browsers and Node. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of the plan's choices, independent of insertion order. */
export function planFingerprint(plan: Pick<PlanSnapshot, 'picks' | 'writeIns'>): string {
  const lines = Object.entries(plan.picks).map(([id, p]) => `p:${id}:${p.mark ?? ''}`);
  for (const [id, w] of Object.entries(plan.writeIns)) lines.push(`w:${id}:${w.strategyId}:${w.mark ?? ''}:${w.text}`);
  return fnv1a(lines.sort().join('\n'));
}
