/**
 * The paper a PDF is laid out for (issue 15): US Letter or A4. The leader
 * chooses with `?paper=letter|a4` on a PDF's (or the bundle's) download;
 * without it the download's language decides: English → Letter (the US
 * districts the Essential List comes from), Spanish → A4.
 */
import type { Language } from '../i18n/translate.js';

/** The paper sizes, by id. */
export const PAPERS = ['letter', 'a4'] as const;
/** One of {@link PAPERS}. */
export type Paper = (typeof PAPERS)[number];

const BY_LANGUAGE: Record<Language, Paper> = { en: 'letter', es: 'a4' };

/** The paper of `?paper=` (any other value: the language's). */
export function paperOf(query: unknown, lang: Language): Paper {
  return (PAPERS as readonly unknown[]).includes(query) ? (query as Paper) : BY_LANGUAGE[lang];
}
