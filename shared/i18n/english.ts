/**
 * Translating with one language's messages, falling back to English — in a
 * module that bundles English only, so client code that formats in English
 * by default does not pull every language into the browser.
 */
import { EN } from './en.js';
import type { Messages, Translate } from './messages.js';

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{{name}}` placeholders; plural keys take a `_one`/`_other` suffix by `count`; missing keys fall back to English. */
export function translateFrom(messages: Messages): Translate {
  return (key, params) => {
    const count = params?.count;
    const plural = typeof count === 'number' ? `${key}_${count === 1 ? 'one' : 'other'}` : undefined;
    const template =
      (plural && lookup(messages, plural)) ?? lookup(messages, key) ?? (plural && lookup(EN, plural)) ?? lookup(EN, key) ?? key;
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
  };
}

/** English. */
export const english: Translate = translateFrom(EN);
