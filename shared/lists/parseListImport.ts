/**
 * A leader's own activity list, imported from CSV or JSON.
 *
 * CSV: a header row with `strategy` and `activity` columns, and optionally
 * `description` (the strategy's description, given on any of its rows) and
 * `short` (the activity's short label for the projector and the dashboard,
 * issue 15; without one they make one from the text).
 * JSON: `{ "title", "mode"?, "strategies": [{ "title", "description"?,
 * "activities": ["text", …] | [{ "text", "short"? }, …] }] }`.
 * A broken file gets an error naming the line (CSV) or the path (JSON).
 *
 * Translations (optional, issue 7), written next to the text they translate,
 * since the ids are made here:
 * - CSV: a column `strategy_es`, `description_es`, `activity_es` or
 *   `short_es` (any two- or three-letter language code after the `_`).
 * - JSON: `"lang": "en"` for the list's own language; `"translations":
 *   { "es": { "title" } }` on the list, `{ "es": { "title", "description"? } }`
 *   on a strategy, and `{ "text", "translations": { "es": "…" } }` (or
 *   `{ "es": { "text", "short"? } }`) on an activity.
 * They become the list's `translations`, keyed by the new ids.
 *
 * The list's `source` says what it was imported from ("Imported from CSV
 * (family-week.csv) by the workshop leader"); a JSON file may give its own.
 * The set-up screen parses the file here and sends the server the result in
 * the JSON format (`toListImportJson`), which the server parses here again
 * to the same list: one path for the UI and the API.
 */
import Papa from 'papaparse';
import { TRANSLATION_LIMITS, parseListLang } from './parseListTranslations.js';
import type { Activity, ActivityList, ActivityTranslation, ListMode, ListTranslation, Rules, StrategyTranslation } from './types.js';

/** Bounds of an imported list. */
export const IMPORT_LIMITS = { strategies: 20, activities: 300, text: 600, title: 120, short: 120 } as const;

export type ListImportResult = { ok: true; list: ActivityList } | { ok: false; error: string };

/** Texts in other languages, by language code. */
type Translated<T> = Record<string, T>;

interface DraftActivity {
  text: string;
  short?: string;
  translations: Translated<ActivityTranslation>;
}

interface DraftStrategy {
  title: string;
  description: string;
  activities: DraftActivity[];
  translations: Translated<StrategyTranslation>;
}

/** The list's own title in other languages, and its language. */
interface DraftList {
  title: string;
  lang?: string;
  translations: Translated<{ title: string }>;
}

const clean = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ') : '');

/** A translation key: a primary language code, as `localizeList` looks them up. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Characters of a file name kept in the list's source. */
const FILE_NAME_IN_SOURCE = 80;

/** "Imported from CSV (family-week.csv) by the workshop leader"; without a file name (the API), "Imported from JSON by the workshop leader". */
export function importSource(format: 'CSV' | 'JSON', fileName?: string): string {
  const name = clean(fileName).slice(0, FILE_NAME_IN_SOURCE);
  return name ? `Imported from ${format} (${name}) by the workshop leader` : `Imported from ${format} by the workshop leader`;
}

/** Default rules for an imported list: one per strategy when choosing, no maximum. */
export function defaultRules(mode: ListMode, strategies: number): Rules {
  // An inventory has no clock unless the leader starts one; a choice gets the Essential List's 20 minutes.
  return { minPerStrategy: mode === 'choose' && strategies > 1 ? 1 : 0, maxTotal: null, minutes: mode === 'choose' ? 20 : null };
}

/** The drafts' translations gathered into the list's, keyed by the ids `build` gives. */
function gatherTranslations(head: DraftList, drafts: readonly DraftStrategy[]): Record<string, ListTranslation> {
  const out: Record<string, { title?: string; strategies: Record<string, StrategyTranslation>; activities: Record<string, string | ActivityTranslation> }> = {};
  const of = (lang: string) => (out[lang] ??= { strategies: {}, activities: {} });
  for (const [lang, t] of Object.entries(head.translations)) of(lang).title = t.title.slice(0, IMPORT_LIMITS.title);
  drafts.forEach((d, i) => {
    for (const [lang, t] of Object.entries(d.translations)) of(lang).strategies[`s${i + 1}`] = t;
    d.activities.forEach((a, j) => {
      // A text without a short label stays a bare string, as translations without labels are written.
      for (const [lang, t] of Object.entries(a.translations)) of(lang).activities[`s${i + 1}-${j + 1}`] = t.short ? t : t.text;
    });
  });
  return out;
}

function build(head: DraftList, mode: ListMode, drafts: DraftStrategy[], source: string): ListImportResult {
  if (drafts.length === 0) return { ok: false, error: 'The list has no activities.' };
  if (drafts.length > IMPORT_LIMITS.strategies) return { ok: false, error: `At most ${IMPORT_LIMITS.strategies} strategies.` };
  const total = drafts.reduce((n, d) => n + d.activities.length, 0);
  if (total > IMPORT_LIMITS.activities) return { ok: false, error: `At most ${IMPORT_LIMITS.activities} activities.` };
  const strategies = drafts.map((d, i) => ({
    id: `s${i + 1}`,
    title: d.title,
    description: d.description,
    activities: d.activities.map((a, j): Activity => ({ id: `s${i + 1}-${j + 1}`, text: a.text, ...(a.short ? { short: a.short } : {}) })),
  }));
  const translations = gatherTranslations(head, drafts);
  return {
    ok: true,
    list: {
      id: 'custom',
      ...(head.lang ? { lang: head.lang } : {}),
      title: head.title.slice(0, IMPORT_LIMITS.title) || 'Our list',
      source,
      directions: [],
      mode,
      rules: defaultRules(mode, strategies.length),
      writeIns: true,
      hasStrategies: strategies.length > 1,
      strategies,
      ...(Object.keys(translations).length > 0 ? { translations } : {}),
    },
  };
}

/** Too many languages, or `null`. */
function tooManyLanguages(languages: Iterable<string>): string | null {
  return new Set(languages).size > TRANSLATION_LIMITS.languages ? `At most ${TRANSLATION_LIMITS.languages} languages of translations.` : null;
}

/** Parses a CSV list; `fileName` goes into its source. */
export function parseListCsv(text: string, title: string, mode: ListMode = 'choose', fileName?: string): ListImportResult {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(source, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('strategy') || !fields.includes('activity')) {
    return { ok: false, error: 'Line 1: the header must name the columns "strategy" and "activity" (and optionally "description" and "short").' };
  }
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.code === 'TooManyFields');
  if (fatal) {
    // Papaparse counts data rows; a character offset, when given, places multi-line fields right.
    const line = fatal.index !== undefined ? source.slice(0, fatal.index).split('\n').length : (fatal.row ?? 0) + 2;
    return { ok: false, error: `Line ${line}: ${fatal.message}.` };
  }
  const languages = csvLanguages(fields);
  const tooMany = tooManyLanguages(languages);
  if (tooMany) return { ok: false, error: `Line 1: ${tooMany}` };
  const drafts = new Map<string, DraftStrategy>();
  for (let i = 0; i < parsed.data.length; i++) {
    const row = parsed.data[i];
    const line = i + 2;
    const strategy = clean(row.strategy);
    const activity = clean(row.activity);
    if (!strategy) return { ok: false, error: `Line ${line}: the strategy is empty.` };
    if (!activity) return { ok: false, error: `Line ${line}: the activity is empty.` };
    const tooLong = [activity, ...languages.map((lang) => clean(row[`activity_${lang}`]))].some((t) => t.length > IMPORT_LIMITS.text);
    if (tooLong || strategy.length > IMPORT_LIMITS.title) {
      return { ok: false, error: `Line ${line}: the text is longer than ${IMPORT_LIMITS.text} characters.` };
    }
    const short = clean(row.short);
    if ([short, ...languages.map((lang) => clean(row[`short_${lang}`]))].some((t) => t.length > IMPORT_LIMITS.short)) {
      return { ok: false, error: `Line ${line}: the short label is longer than ${IMPORT_LIMITS.short} characters.` };
    }
    const key = strategy.toLowerCase();
    const draft = drafts.get(key) ?? { title: strategy, description: '', activities: [], translations: {} };
    draft.description ||= clean(row.description).slice(0, IMPORT_LIMITS.text);
    draft.activities.push({ text: activity, ...(short ? { short } : {}), translations: csvActivityTranslations(row, languages) });
    addCsvStrategyTranslations(draft, row, languages);
    drafts.set(key, draft);
  }
  return build({ title, translations: {} }, mode, [...drafts.values()], importSource('CSV', fileName));
}

/** The languages of translation columns (`activity_es`, `short_es`, `strategy_es`, `description_es`). */
function csvLanguages(fields: readonly string[]): string[] {
  const languages = fields.map((f) => /^(?:strategy|activity|short|description)_([a-z]{2,3})$/.exec(f)?.[1]).filter((l): l is string => l !== undefined);
  return [...new Set(languages)];
}

/** An activity's translated texts; a translated short label counts only beside its translated text. */
function csvActivityTranslations(row: Record<string, string>, languages: readonly string[]): Translated<ActivityTranslation> {
  const out: Translated<ActivityTranslation> = {};
  for (const lang of languages) {
    const text = clean(row[`activity_${lang}`]);
    const short = clean(row[`short_${lang}`]);
    if (text !== '') out[lang] = { text, ...(short ? { short } : {}) };
  }
  return out;
}

/** A strategy's translated title and description, from the first row that gives them. */
function addCsvStrategyTranslations(draft: DraftStrategy, row: Record<string, string>, languages: readonly string[]): void {
  for (const lang of languages) {
    const title = clean(row[`strategy_${lang}`]).slice(0, IMPORT_LIMITS.title);
    const description = clean(row[`description_${lang}`]).slice(0, IMPORT_LIMITS.text);
    const known = draft.translations[lang];
    if (!known && title) draft.translations[lang] = { title, ...(description ? { description } : {}) };
    else if (known && !known.description && description) draft.translations[lang] = { ...known, description };
  }
}

/** Parses a JSON list (text or an already parsed value); without a `source` of its own, `fileName` goes into it. */
export function parseListJson(input: string | unknown, mode?: ListMode, fileName?: string): ListImportResult {
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
  if (v.lang !== undefined && parseListLang(v.lang) === undefined) return { ok: false, error: 'lang: must be a language code like "en".' };
  const head = jsonTranslations(v.translations, 'translations', (t, at) => ({ title: jsonText(t.title ?? t.text, `${at}.title`, IMPORT_LIMITS.title) }));
  if (typeof head === 'string') return { ok: false, error: head };
  const drafts: DraftStrategy[] = [];
  for (let i = 0; i < v.strategies.length; i++) {
    const draft = jsonStrategy(v.strategies[i], `strategies[${i}]`);
    if (typeof draft === 'string') return { ok: false, error: draft };
    drafts.push(draft);
  }
  const languages = [...Object.keys(head), ...drafts.flatMap((d) => [...Object.keys(d.translations), ...d.activities.flatMap((a) => Object.keys(a.translations))])];
  const tooMany = tooManyLanguages(languages);
  if (tooMany) return { ok: false, error: tooMany };
  const draftList: DraftList = { title: clean(v.title), translations: head, ...(typeof v.lang === 'string' ? { lang: v.lang } : {}) };
  return build(draftList, listMode, drafts, clean(v.source).slice(0, IMPORT_LIMITS.text) || importSource('JSON', fileName));
}

/** Thrown inside the JSON readers below with the path and the problem; caught where they are called. */
class ImportProblem extends Error {}

function jsonText(value: unknown, at: string, max: number): string {
  const text = clean(value);
  if (!text) throw new ImportProblem(`${at}: the text is empty.`);
  if (text.length > max) throw new ImportProblem(`${at}: longer than ${max} characters.`);
  return text;
}

/** An optional short label: `{ short }` when given, `{}` when absent or blank. */
function jsonShort(value: unknown, at: string): { short?: string } {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'string') throw new ImportProblem(`${at}: must be text.`);
  const short = clean(value);
  if (short.length > IMPORT_LIMITS.short) throw new ImportProblem(`${at}: longer than ${IMPORT_LIMITS.short} characters.`);
  return short ? { short } : {};
}

/** `{ "es": … }` read by `read`, or the problem as text. */
function jsonTranslations<T>(value: unknown, at: string, read: (t: Record<string, unknown>, at: string) => T): Translated<T> | string {
  if (value === undefined) return {};
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ImportProblem(`${at}: must be an object keyed by language, like { "es": … }.`);
    const out: Translated<T> = {};
    for (const [lang, t] of Object.entries(value)) {
      if (!LANGUAGE_CODE.test(lang)) throw new ImportProblem(`${at}.${lang.slice(0, 20)}: is not a language code like "es".`);
      const where = `${at}.${lang}`;
      // A bare string is the text (or title) itself: { "es": "…" }.
      out[lang] = read(typeof t === 'object' && t !== null && !Array.isArray(t) ? (t as Record<string, unknown>) : { text: t }, where);
    }
    return out;
  } catch (error) {
    if (error instanceof ImportProblem) return error.message;
    throw error;
  }
}

/** One activity of a JSON strategy: `"text"` or `{ "text", "short"?, "translations"? }`. */
function jsonActivity(a: unknown, at: string): DraftActivity | string {
  const text = clean(typeof a === 'string' ? a : (a as { text?: unknown } | null)?.text);
  if (!text) return `${at}: the text is empty.`;
  if (text.length > IMPORT_LIMITS.text) return `${at}: longer than ${IMPORT_LIMITS.text} characters.`;
  const fields = typeof a === 'object' && a !== null ? (a as { short?: unknown; translations?: unknown }) : {};
  const translations = jsonTranslations(fields.translations, `${at}.translations`, (t, path) => ({
    text: jsonText(t.text, path, IMPORT_LIMITS.text),
    ...jsonShort(t.short, `${path}.short`),
  }));
  if (typeof translations === 'string') return translations;
  try {
    return { text, ...jsonShort(fields.short, `${at}.short`), translations };
  } catch (error) {
    if (error instanceof ImportProblem) return error.message;
    throw error;
  }
}

function jsonStrategy(value: unknown, at: string): DraftStrategy | string {
  const s = value as Record<string, unknown> | null;
  const title = clean(s?.title);
  if (!title) return `${at}.title: is required.`;
  if (!Array.isArray(s?.activities)) return `${at}.activities: must be a list.`;
  const activities: DraftActivity[] = [];
  for (let j = 0; j < s.activities.length; j++) {
    const activity = jsonActivity(s.activities[j] as unknown, `${at}.activities[${j}]`);
    if (typeof activity === 'string') return activity;
    activities.push(activity);
  }
  const translations = jsonTranslations(s.translations, `${at}.translations`, (t, path): StrategyTranslation => {
    const description = clean(t.description).slice(0, IMPORT_LIMITS.text);
    return { title: jsonText(t.title ?? t.text, `${path}.title`, IMPORT_LIMITS.title), ...(description ? { description } : {}) };
  });
  if (typeof translations === 'string') return translations;
  return { title: title.slice(0, IMPORT_LIMITS.title), description: clean(s.description).slice(0, IMPORT_LIMITS.text), activities, translations };
}
