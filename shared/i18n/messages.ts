/**
 * The types of the messages, derived from English (`en.ts`, the source of
 * every key): a key that English does not have, or a misspelt one, fails
 * `npm run typecheck`. A module of types that imports only `en.ts`, so the
 * languages and the translators import it without an import circle.
 */
import type { EN } from './en.js';

/** Nested message resources: strings, or groups of them. */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** A language's messages: exactly English's groups and keys, every message a string. */
export type MessagesLike<T> = { readonly [K in keyof T]: T[K] extends string ? string : MessagesLike<T[K]> };

/** The suffixes i18next gives plural forms (`count_one`, `count_other`). */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;
type KeysOf<T> = { [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${KeysOf<T[K]>}` }[keyof T & string];

/** Every message key: nested keys joined by '.', plural forms by their base (`setup.list.strategies`). */
export type MessageKey = KeysOf<typeof EN>;

/** The keys below `prefix` (`KeysUnder<'dashboard.column'>` is `'pair' | 'status' | …`), for keys built from a typed part. */
export type KeysUnder<Prefix extends string> = MessageKey extends infer K ? (K extends `${Prefix}.${infer Rest}` ? Rest : never) : never;

/** Interpolation values of a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Looks up a message key and fills `{{name}}` placeholders. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
