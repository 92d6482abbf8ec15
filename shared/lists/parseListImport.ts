/**
 * A leader's own activity list, imported from CSV or JSON.
 *
 * CSV: a header row with `strategy` and `activity` columns, and optionally
 * `description` (the strategy's description, given on any of its rows).
 * JSON: `{ "title", "mode"?, "strategies": [{ "title", "description"?,
 * "activities": ["text", …] | [{ "text" }, …] }] }`.
 * A broken file gets an error naming the line (CSV) or the path (JSON).
 */
import Papa from 'papaparse';
import type { ActivityList, ListMode, Rules } from './types.js';

/** Bounds of an imported list. */
export const IMPORT_LIMITS = { strategies: 20, activities: 300, text: 600, title: 120 } as const;

export type ListImportResult = { ok: true; list: ActivityList } | { ok: false; error: string };

interface DraftStrategy {
  title: string;
  description: string;
  activities: string[];
}

const clean = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : '');

/** Default rules for an imported list: one per strategy when choosing, no maximum. */
export function defaultRules(mode: ListMode, strategies: number): Rules {
  return { minPerStrategy: mode === 'choose' && strategies > 1 ? 1 : 0, maxTotal: null, minutes: 20 };
}

function build(title: string, mode: ListMode, drafts: DraftStrategy[], source: string): ListImportResult {
  if (drafts.length === 0) return { ok: false, error: 'The list has no activities.' };
  if (drafts.length > IMPORT_LIMITS.strategies) return { ok: false, error: `At most ${IMPORT_LIMITS.strategies} strategies.` };
  const total = drafts.reduce((n, d) => n + d.activities.length, 0);
  if (total > IMPORT_LIMITS.activities) return { ok: false, error: `At most ${IMPORT_LIMITS.activities} activities.` };
  const strategies = drafts.map((d, i) => ({
    id: `s${i + 1}`,
    title: d.title,
    description: d.description,
    activities: d.activities.map((text, j) => ({ id: `s${i + 1}-${j + 1}`, text })),
  }));
  return {
    ok: true,
    list: {
      id: 'custom',
      title: title.slice(0, IMPORT_LIMITS.title) || 'Our list',
      source,
      directions: [],
      mode,
      rules: defaultRules(mode, strategies.length),
      writeIns: true,
      hasStrategies: strategies.length > 1,
      strategies,
    },
  };
}

/** Parses a CSV list. */
export function parseListCsv(text: string, title: string, mode: ListMode = 'choose'): ListImportResult {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('strategy') || !fields.includes('activity')) {
    return { ok: false, error: 'Line 1: the header must name the columns "strategy" and "activity" (and optionally "description").' };
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'TooManyFields');
  if (fatal) {
    // Papaparse counts data rows; a character offset, when given, places multi-line fields right.
    const line = fatal.index !== undefined ? source.slice(0, fatal.index).split('\n').length : (fatal.row ?? 0) + 2;
    return { ok: false, error: `Line ${line}: ${fatal.message}.` };
  }
  const drafts = new Map<string, DraftStrategy>();
  for (let i = 0; i < parsed.data.length; i++) {
    const row = parsed.data[i];
    const line = i + 2;
    const strategy = clean(row.strategy);
    const activity = clean(row.activity);
    if (!strategy) return { ok: false, error: `Line ${line}: the strategy is empty.` };
    if (!activity) return { ok: false, error: `Line ${line}: the activity is empty.` };
    if (activity.length > IMPORT_LIMITS.text || strategy.length > IMPORT_LIMITS.title) {
      return { ok: false, error: `Line ${line}: the text is longer than ${IMPORT_LIMITS.text} characters.` };
    }
    const key = strategy.toLowerCase();
    const draft = drafts.get(key) ?? { title: strategy, description: '', activities: [] };
    draft.description ||= clean(row.description).slice(0, IMPORT_LIMITS.text);
    draft.activities.push(activity);
    drafts.set(key, draft);
  }
  return build(title, mode, [...drafts.values()], 'Imported from CSV by the workshop leader');
}

/** Parses a JSON list (text or an already parsed value). */
export function parseListJson(input: string | unknown, mode?: ListMode): ListImportResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
    }
  }
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'The JSON must be an object with "title" and "strategies".' };
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v.strategies)) return { ok: false, error: 'strategies: must be a list.' };
  const listMode: ListMode = mode ?? (v.mode === 'inventory' ? 'inventory' : 'choose');
  const drafts: DraftStrategy[] = [];
  for (let i = 0; i < v.strategies.length; i++) {
    const s = v.strategies[i] as Record<string, unknown> | null;
    const title = clean(s?.title);
    if (!title) return { ok: false, error: `strategies[${i}].title: is required.` };
    if (!Array.isArray(s?.activities)) return { ok: false, error: `strategies[${i}].activities: must be a list.` };
    const activities: string[] = [];
    for (let j = 0; j < s.activities.length; j++) {
      const a = s.activities[j] as unknown;
      const text = clean(typeof a === 'string' ? a : (a as { text?: unknown } | null)?.text);
      if (!text) return { ok: false, error: `strategies[${i}].activities[${j}]: the text is empty.` };
      if (text.length > IMPORT_LIMITS.text) return { ok: false, error: `strategies[${i}].activities[${j}]: longer than ${IMPORT_LIMITS.text} characters.` };
      activities.push(text);
    }
    drafts.push({ title: title.slice(0, IMPORT_LIMITS.title), description: clean(s?.description).slice(0, IMPORT_LIMITS.text), activities });
  }
  return build(clean(v.title), listMode, drafts, clean(v.source) || 'Imported from JSON by the workshop leader');
}
