/**
 * The translation function shared code formats with. The client passes
 * i18next's `t`; the server and tests use {@link createTranslate}.
 */
import { EN } from './en.js';
import { translateFrom } from './english.js';
import { ES } from './es.js';

/** Interpolation values of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message key and fills `{{name}}` placeholders. */
export type Translate = (key: string, params?: MessageParams) => string;

export { LANGUAGES, type Language } from './languages.js';
import type { Language } from './languages.js';

/** Nested message resources: strings, or groups of them. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Every language's messages, keyed by language. */
export const RESOURCES: Readonly<Record<Language, Messages>> = { en: EN, es: ES };

/** Fills `{{name}}` placeholders; plural keys take a `_one`/`_other` suffix by `count`. */
export function createTranslate(language: Language = 'en'): Translate {
  return translateFrom(RESOURCES[language]);
}
