/**
 * English and Spanish hold exactly the same keys, and each Spanish message
 * the same `{{placeholders}}` as its English one (a renamed placeholder
 * would print as nothing). The types (`MessagesLike<typeof EN>`) already
 * refuse a missing or extra key; this also checks what types cannot see.
 */
import { describe, expect, it } from 'vitest';
import { EN } from '../../../shared/i18n/en.js';
import { ES } from '../../../shared/i18n/es.js';
import type { Messages } from '../../../shared/i18n/messages.js';
import { RESOURCES } from '../../../shared/i18n/translate.js';

/** Every message by its dotted key. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') flat.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) flat.set(k, v);
  }
  return flat;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('ES', () => {
  const en = flatten(EN);
  const es = flatten(ES);

  it('has every English key and no other', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same placeholders as English in every message', () => {
    const differing = [...en].filter(([key, text]) => placeholders(text).join() !== placeholders(es.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('is Spanish, not an English copy, in most messages', () => {
    const same = [...en].filter(([key, text]) => es.get(key) === text && /[a-z]{4}/.test(text));
    // Brand names, file types and symbols may stay as they are; whole English sentences may not.
    expect(same.filter(([, text]) => text.split(' ').length > 3).map(([key]) => key)).toEqual([]);
  });
});

describe('RESOURCES', () => {
  it('holds every language, each with the same keys', () => {
    const keys = [...flatten(EN).keys()].sort();
    for (const messages of Object.values(RESOURCES)) expect([...flatten(messages).keys()].sort()).toEqual(keys);
  });

  it('notices a key or a placeholder that differs', () => {
    const broken: Messages = { ...ES, setup: { ...(ES.setup as Messages), heading: 'Nuevo {{taller}}', extra: 'x' } };
    expect([...flatten(broken).keys()].sort()).not.toEqual([...flatten(EN).keys()].sort());
    expect(placeholders(flatten(broken).get('setup.heading') ?? '')).not.toEqual(placeholders(flatten(EN).get('setup.heading') ?? ''));
  });
});
