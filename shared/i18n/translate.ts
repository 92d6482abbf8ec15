/**
 * The translation function shared code formats with. The client passes
 * i18next's `t`; the server and tests use {@link createTranslate}.
 */
import { EN } from './en.js';
import { translateFrom } from './english.js';
import { ES } from './es.js';
import type { Language } from './languages.js';
import type { Messages, Translate } from './messages.js';

export { LANGUAGES, type Language } from './languages.js';
export type { MessageKey, MessageParams, Messages, Translate } from './messages.js';

/** Every language's messages, keyed by language. */
export const RESOURCES: Readonly<Record<Language, Messages>> = { en: EN, es: ES };

/** Fills `{{name}}` placeholders; plural keys take a `_one`/`_other` suffix by `count`. */
export function createTranslate(language: Language = 'en'): Translate {
  return translateFrom(RESOURCES[language]);
}
