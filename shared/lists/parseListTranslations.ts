/**
 * Reads a list's `translations` from `unknown` (a leader's JSON, a workshop
 * file, a server answer) into typed, bounded values, or an error naming
 * where the problem is (`translations.es.activities["s1-2"]: must be text`).
 * An activity's entry is its text, or `{ "text", "short" }` with its short
 * label (issue 15).
 * Unknown ids are kept and harmless: `localizeList` only looks up the list's own.
 */
import type { ActivityTranslation, ListTranslation, StrategyTranslation } from './types.js';

/** Bounds of a list's translations. */
export const TRANSLATION_LIMITS = { languages: 10, text: 2000, paragraphs: 50, entries: 1000 } as const;
const L = TRANSLATION_LIMITS;

/** A list's translations, keyed by primary language code. */
export type ListTranslations = Readonly<Record<string, ListTranslation>>;

/** The translations (none: `undefined`), or why they cannot be read. */
export type TranslationsResult = { ok: true; value: ListTranslations | undefined } | { ok: false; error: string };

/** Translations are keyed by a primary language code: `es`, not `es-MX`. */
const LANGUAGE_KEY = /^[a-z]{2,3}$/;

class TranslationError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const key = (k: string): string => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k.slice(0, 60))}]`);

function text(v: unknown, at: string): string {
  if (typeof v !== 'string') throw new TranslationError(`${at}: must be text`);
  if (v.length > L.text) throw new TranslationError(`${at}: is longer than ${L.text} characters`);
  return v;
}

function optionalText(v: unknown, at: string): { value?: string } {
  return v === undefined ? {} : { value: text(v, at) };
}

function paragraphs(v: unknown, at: string): string[] {
  if (!Array.isArray(v)) throw new TranslationError(`${at}: must be a list of paragraphs`);
  if (v.length > L.paragraphs) throw new TranslationError(`${at}: has more than ${L.paragraphs} paragraphs`);
  return v.map((p, i) => text(p, `${at}[${i}]`));
}

function entries<T>(v: unknown, at: string, read: (value: unknown, at: string) => T): Record<string, T> {
  if (!isRecord(v)) throw new TranslationError(`${at}: must be an object keyed by id`);
  const all = Object.entries(v);
  if (all.length > L.entries) throw new TranslationError(`${at}: has more than ${L.entries} entries`);
  return Object.fromEntries(all.map(([id, value]) => [id, read(value, `${at}${key(id)}`)]));
}

function strategy(v: unknown, at: string): StrategyTranslation {
  if (!isRecord(v)) throw new TranslationError(`${at}: must be an object with "title" (and "description")`);
  const description = optionalText(v.description, `${at}.description`).value;
  const writeInPrompt = optionalText(v.writeInPrompt, `${at}.writeInPrompt`).value;
  return {
    title: text(v.title, `${at}.title`),
    ...(description !== undefined ? { description } : {}),
    ...(writeInPrompt !== undefined ? { writeInPrompt } : {}),
  };
}

/** An activity's translation: its text, or `{ "text", "short"? }` with its short label. */
function activity(v: unknown, at: string): string | ActivityTranslation {
  if (!isRecord(v)) return text(v, at);
  const short = optionalText(v.short, `${at}.short`).value;
  return { text: text(v.text, `${at}.text`), ...(short !== undefined ? { short } : {}) };
}

function translation(v: unknown, at: string): ListTranslation {
  if (!isRecord(v)) throw new TranslationError(`${at}: must be an object`);
  const out: Record<string, unknown> = {};
  for (const field of ['title', 'subtitle', 'source', 'promptsJoin'] as const) {
    const { value } = optionalText(v[field], `${at}.${field}`);
    if (value !== undefined) out[field] = value;
  }
  for (const field of ['directions', 'prompts'] as const) {
    if (v[field] !== undefined) out[field] = paragraphs(v[field], `${at}.${field}`);
  }
  if (v.strategies !== undefined) out.strategies = entries(v.strategies, `${at}.strategies`, strategy);
  if (v.activities !== undefined) out.activities = entries(v.activities, `${at}.activities`, activity);
  return out as ListTranslation;
}

/** Parses `translations` (absent: `{ ok: true, value: undefined }`). */
export function parseListTranslations(value: unknown, at = 'translations'): TranslationsResult {
  if (value === undefined || value === null) return { ok: true, value: undefined };
  try {
    if (!isRecord(value)) throw new TranslationError(`${at}: must be an object keyed by language ("es")`);
    const languages = Object.entries(value);
    if (languages.length > L.languages) throw new TranslationError(`${at}: has more than ${L.languages} languages`);
    const out: Record<string, ListTranslation> = {};
    for (const [lang, t] of languages) {
      if (!LANGUAGE_KEY.test(lang)) throw new TranslationError(`${at}${key(lang)}: is not a language code like "es"`);
      out[lang] = translation(t, `${at}.${lang}`);
    }
    return { ok: true, value: out };
  } catch (error) {
    if (error instanceof TranslationError) return { ok: false, error: error.message };
    throw error;
  }
}

/** A list's `lang`: a language code like `en` or `es-MX`; `undefined` when absent or not one. */
export function parseListLang(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value) ? value : undefined;
}
