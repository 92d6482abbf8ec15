/**
 * A list in a person's language: its translation's texts where it has them,
 * the list's own text where not (string by string). Screens and exports call
 * this; nothing else reads `translations`. Pure, and cheap enough to call per
 * request or per render (memoise in React).
 */
import type { Activity, ActivityList, ActivityTranslation, ListTranslation, Strategy } from './types.js';

/** The language a list without `lang` is written in. */
export const DEFAULT_LIST_LANG = 'en';

/** `es` for `es`, `es-MX` or `ES_us`: translations are keyed by primary language. */
export function primaryLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The language `list` is written in. */
export function listLang(list: ActivityList): string {
  return list.lang && list.lang.trim() !== '' ? list.lang : DEFAULT_LIST_LANG;
}

/** The translation of `list` into `lang`, or `undefined` when it has none (or `lang` is its own). */
export function translationOf(list: ActivityList, lang: string): ListTranslation | undefined {
  const target = primaryLanguage(lang);
  if (target === '' || target === primaryLanguage(listLang(list))) return undefined;
  const translations = list.translations ?? {};
  return Object.hasOwn(translations, target) ? translations[target] : undefined;
}

const given = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

function localizeParagraphs(source: readonly string[], translated: readonly string[] | undefined): string[] {
  return source.map((paragraph, i) => (given(translated?.[i]) ? translated[i] : paragraph));
}

/** The translation of activity `id` as text and short label (a bare string is the text alone). */
function translatedActivity(texts: ListTranslation['activities'], id: string): ActivityTranslation | undefined {
  const entry = texts && Object.hasOwn(texts, id) ? texts[id] : undefined;
  return typeof entry === 'string' ? { text: entry } : entry;
}

function localizeActivity(activity: Activity, texts: ListTranslation['activities'], sourceLang: string): Activity {
  const translated = translatedActivity(texts, activity.id);
  if (!given(translated?.text)) return { ...activity, lang: activity.lang ?? sourceLang };
  // The source's short label is in the source's language: a translated text without its own gets the automatic one.
  const { short: _source, ...rest } = activity;
  return { ...rest, text: translated.text, ...(given(translated.short) ? { short: translated.short } : {}) };
}

function localizeStrategy(strategy: Strategy, translation: ListTranslation, sourceLang: string): Strategy {
  const strategies = translation.strategies ?? {};
  const own = Object.hasOwn(strategies, strategy.id) ? strategies[strategy.id] : undefined;
  const activities = strategy.activities.map((a) => localizeActivity(a, translation.activities, sourceLang));
  if (!own || !given(own.title)) return { ...strategy, lang: strategy.lang ?? sourceLang, activities };
  const description = given(own.description) ? own.description : strategy.description;
  // A translated strategy whose own write-in prompt is not translated falls back to the interface's generic label.
  const { writeInPrompt: _source, ...translated } = strategy;
  const writeInPrompt = given(own.writeInPrompt) ? { writeInPrompt: own.writeInPrompt } : {};
  return { ...translated, title: own.title, description, ...writeInPrompt, activities };
}

/**
 * `list` in `lang` (`es`, `es-MX`…). A list with no translation into `lang`
 * (or already in it) comes back unchanged, the same object. Otherwise the
 * result is in `lang` (`lang` set, `translations` dropped: it is a view to
 * show, not a list to store), and every text the translation leaves out
 * keeps the source's: an untranslated activity or strategy carries the
 * source's `lang` for its `lang` attribute. (A strategy whose title is
 * translated but not its description shows the source description unmarked;
 * so do untranslated title, subtitle, directions and prompts.)
 */
export function localizeList(list: ActivityList, lang: string): ActivityList {
  const translation = translationOf(list, lang);
  if (!translation) return list;
  const sourceLang = listLang(list);
  const { translations: _all, ...rest } = list;
  const subtitle = list.subtitle === undefined ? {} : { subtitle: given(translation.subtitle) ? translation.subtitle : list.subtitle };
  const prompts = list.prompts === undefined ? {} : { prompts: localizeParagraphs(list.prompts, translation.prompts) };
  const promptsJoin = list.promptsJoin === undefined ? {} : { promptsJoin: given(translation.promptsJoin) ? translation.promptsJoin : list.promptsJoin };
  return {
    ...rest,
    lang: primaryLanguage(lang),
    title: given(translation.title) ? translation.title : list.title,
    ...subtitle,
    source: given(translation.source) ? translation.source : list.source,
    directions: localizeParagraphs(list.directions, translation.directions),
    ...prompts,
    ...promptsJoin,
    strategies: list.strategies.map((s) => localizeStrategy(s, translation, sourceLang)),
  };
}

/**
 * Where `list`'s translation into `lang` is missing a text, as paths
 * (`title`, `directions[2]`, `strategies.create-awareness.description`,
 * `activities.share-knowledge-3`, `activities.share-knowledge-3.short`);
 * empty when it is complete. For tests and
 * for telling a leader what an imported translation lacks.
 */
export function findUntranslated(list: ActivityList, lang: string): string[] {
  const t = translationOf(list, lang) ?? {};
  const missing: string[] = [];
  const need = (path: string, source: string | undefined, text: string | undefined): void => {
    if (given(source) && !given(text)) missing.push(path);
  };
  need('title', list.title, t.title);
  need('subtitle', list.subtitle, t.subtitle);
  need('source', list.source, t.source);
  list.directions.forEach((p, i) => need(`directions[${i}]`, p, t.directions?.[i]));
  (list.prompts ?? []).forEach((p, i) => need(`prompts[${i}]`, p, t.prompts?.[i]));
  need('promptsJoin', list.promptsJoin, t.promptsJoin);
  for (const s of list.strategies) {
    const own = t.strategies && Object.hasOwn(t.strategies, s.id) ? t.strategies[s.id] : undefined;
    need(`strategies.${s.id}.title`, s.title, own?.title);
    need(`strategies.${s.id}.description`, s.description, own?.description);
    need(`strategies.${s.id}.writeInPrompt`, s.writeInPrompt, own?.writeInPrompt);
    for (const a of s.activities) {
      const translated = translatedActivity(t.activities, a.id);
      need(`activities.${a.id}`, a.text, translated?.text);
      // A short label is missing only beside a translated text (an untranslated activity keeps the source's).
      if (given(translated?.text)) need(`activities.${a.id}.short`, a.short, translated.short);
    }
  }
  return missing;
}

/** The list's title in its own language and in each language it is translated into (`{ en: …, es: … }`). */
export function titlesByLanguage(list: ActivityList): Record<string, string> {
  const titles: Record<string, string> = { [primaryLanguage(listLang(list))]: list.title };
  for (const lang of Object.keys(list.translations ?? {})) {
    const title = localizeList(list, lang).title;
    if (title !== list.title) titles[lang] = title;
  }
  return titles;
}
