/**
 * The words and symbols every export shares: marks, goals, kinds, dates.
 * Words come from the Translate function (`export.*` keys); dates are ISO
 * (YYYY-MM-DD, UTC) so a file reads the same in any language.
 */
import type { Goal, Mark } from '../doc/schema.js';
import { english } from '../i18n/english.js';
import type { Translate } from '../i18n/translate.js';
import type { RowKind } from './planRows.js';

/** The inventory marks as printed: ✓ "we do this now", ☆ "we want to start this". */
export const MARK_SYMBOLS = { now: '✓', future: '☆' } as const satisfies Record<Mark, string>;
/** One of the printed mark symbols. */
export type MarkSymbol = (typeof MARK_SYMBOLS)[Mark];

const MARK_KEYS = { now: 'export.now', future: 'export.future' } as const satisfies Record<Mark, string>;
const GOAL_KEYS = { district: 'export.goalDistrict', schools: 'export.goalSchools' } as const satisfies Record<Goal, string>;
const KIND_KEYS = { listed: 'export.listed', 'write-in': 'export.writeIn' } as const satisfies Record<RowKind, string>;

/** English, for exports made without a Translate function. */
export const ENGLISH: Translate = english;

/** The mark's word alone ("now"), or "" for no mark. */
export function formatMarkWord(mark: Mark | null, t: Translate = ENGLISH): string {
  return mark ? t(MARK_KEYS[mark]) : '';
}

/** The mark with its symbol ("✓ now"), or "" for no mark. */
export function formatMark(mark: Mark | null, t: Translate = ENGLISH): string {
  return mark ? `${MARK_SYMBOLS[mark]} ${formatMarkWord(mark, t)}` : '';
}

/** The goal tags as words, comma-separated ("District leadership, School ATPs"). */
export function formatGoals(goals: readonly Goal[], t: Translate = ENGLISH): string {
  return goals.map((g) => t(GOAL_KEYS[g])).join(', ');
}

/** "listed" or "write-in", in words. */
export function formatKind(kind: RowKind, t: Translate = ENGLISH): string {
  return t(KIND_KEYS[kind]);
}

/** A day as `YYYY-MM-DD` (UTC). */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A moment as `YYYY-MM-DD HH:MM UTC`. */
export function formatDateTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
