import { parseListLang, parseListTranslations } from '../../shared/lists/parseListTranslations.js';
import { LIST_MODES, type Activity, type ActivityList, type ListMode } from '../../shared/lists/types.js';
import { expectShape, is } from './http.js';

/** An activity with its short label only when it is text (a screen falls back to an automatic one). */
function withShort(activity: Activity): Activity {
  const { short, ...rest } = activity;
  return is.string(short) ? activity : rest;
}

/**
 * Checks an activity list from the server down to every activity (ids and
 * texts are what the screens key and label with); optional parts default.
 * Translations that do not read are dropped: the list still shows, in its
 * own language.
 */
export function parseActivityList(v: unknown): ActivityList {
  expectShape(is.record(v) && is.string(v.id) && is.string(v.title) && Array.isArray(v.strategies) && is.record(v.rules), 'list');
  for (const s of v.strategies as unknown[]) {
    expectShape(is.record(s) && is.string(s.id) && is.string(s.title) && Array.isArray(s.activities), 'strategy');
    for (const a of s.activities as unknown[]) expectShape(is.record(a) && is.string(a.id) && is.string(a.text), 'activity');
  }
  const list = v as unknown as ActivityList;
  const mode: ListMode = (LIST_MODES as readonly unknown[]).includes(v.mode) ? list.mode : 'choose';
  const { lang: _lang, translations: _translations, ...rest } = list;
  const lang = parseListLang(v.lang);
  const translations = parseListTranslations(v.translations);
  return {
    ...rest,
    ...(lang ? { lang } : {}),
    ...(translations.ok && translations.value ? { translations: translations.value } : {}),
    mode,
    source: is.string(v.source) ? v.source : '',
    directions: Array.isArray(v.directions) ? (v.directions as unknown[]).filter(is.string) : [],
    prompts: Array.isArray(v.prompts) ? (v.prompts as unknown[]).filter(is.string) : [],
    strategies: list.strategies.map((s) => ({ ...s, description: is.string(s.description) ? s.description : '', activities: s.activities.map(withShort) })),
  };
}
