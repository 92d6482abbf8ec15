/**
 * The words and symbols every export shares: marks, goals, kinds, dates.
 * Words come from the Translate function (`export.*` keys); dates are ISO
 * (YYYY-MM-DD) so a file reads the same in any language, in the workshop's
 * time zone (shared/time/timeZone.ts; UTC when it has none).
 */
import type { Goal, Mark } from '../doc/schema.js';
import { english } from '../i18n/english.js';
import type { Translate } from '../i18n/translate.js';
import { DEFAULT_TIME_ZONE } from '../time/timeZone.js';
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

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The parts of `ms` in `timeZone`: year, month, day, hour, minute and the zone's short name ("CST"). */
function partsIn(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'timeZoneName', string> {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };
    formatters.set(timeZone, (format = new Intl.DateTimeFormat('en-US', options)));
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, timeZoneName: parts.timeZoneName };
}

/** A day as `YYYY-MM-DD`, in `timeZone` (UTC by default). */
export function formatDate(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = partsIn(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A moment as `YYYY-MM-DD HH:MM <zone>` ("2025-01-02 10:00 UTC", "2025-07-01 09:30 CDT"). */
export function formatDateTime(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = partsIn(ms, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
}
