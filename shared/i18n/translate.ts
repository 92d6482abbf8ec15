/**
 * The translation function shared code formats with. The client passes
 * i18next's `t`; the server and tests use {@link createTranslate}.
 */
import { EN } from './en.js';
import { ES } from './es.js';

/** Interpolation values of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message key and fills `{{name}}` placeholders. */
export type Translate = (key: string, params?: MessageParams) => string;

/** The languages the app ships in. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Nested message resources: strings, or groups of them. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Every language's messages, keyed by language. */
export const RESOURCES: Readonly<Record<Language, Messages>> = { en: EN, es: ES };

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders; plural keys take a `_one`/`_other` suffix by `count`. */
export function createTranslate(language: Language = 'en'): Translate {
  return (key, params) => {
    const messages = RESOURCES[language];
    const count = params?.count;
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : undefined;
    const template =
      (plural && lookup(messages, plural)) ?? lookup(messages, key) ?? (plural && lookup(EN, plural)) ?? lookup(EN, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}
