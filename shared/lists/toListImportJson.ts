/**
 * An imported list written back in the JSON import format, so the set-up
 * screen sends the server exactly what it read (issue 12): whatever file the
 * leader picked (CSV or JSON) is parsed once by `parseListImport`, and the
 * server's `parseListJson` of this value gives the same list — the same ids,
 * translations (`strategy_es`, `activity_es`, …), short labels and source. Tests hold it
 * to that round trip.
 */
import type { ActivityList, ActivityTranslation, ListMode, StrategyTranslation } from './types.js';

/** One strategy in the JSON import format. */
export interface StrategyImportJson {
  readonly title: string;
  readonly description: string;
  readonly translations?: Readonly<Record<string, StrategyTranslation>>;
  readonly activities: readonly (
    | string
    | { readonly text: string; readonly short?: string; readonly translations?: Readonly<Record<string, string | ActivityTranslation>> }
  )[];
}

/** A leader's own list in the JSON import format (see `parseListImport.ts`). */
export interface ListImportJson {
  readonly title: string;
  readonly lang?: string;
  readonly mode: ListMode;
  readonly source: string;
  readonly translations?: Readonly<Record<string, { readonly title: string }>>;
  readonly strategies: readonly StrategyImportJson[];
}

/** Texts of `key` in each language that has one. */
function byLanguage<T>(list: ActivityList, pick: (t: NonNullable<ActivityList['translations']>[string]) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [lang, t] of Object.entries(list.translations ?? {})) {
    const value = pick(t);
    if (value !== undefined) out[lang] = value;
  }
  return out;
}

const some = <T>(record: Record<string, T>): Record<string, T> | undefined => (Object.keys(record).length > 0 ? record : undefined);

/** `list` (as `parseListCsv` or `parseListJson` made it) in the JSON import format. */
export function toListImportJson(list: ActivityList): ListImportJson {
  const titles = some(byLanguage(list, (t) => (t.title ? { title: t.title } : undefined)));
  return {
    title: list.title,
    ...(list.lang ? { lang: list.lang } : {}),
    mode: list.mode,
    source: list.source,
    ...(titles ? { translations: titles } : {}),
    strategies: list.strategies.map((s) => {
      const translations = some(byLanguage(list, (t) => t.strategies?.[s.id]));
      return {
        title: s.title,
        description: s.description,
        ...(translations ? { translations } : {}),
        activities: s.activities.map((a) => {
          const texts = some(byLanguage(list, (t) => t.activities?.[a.id]));
          if (!texts && !a.short) return a.text;
          return { text: a.text, ...(a.short ? { short: a.short } : {}), ...(texts ? { translations: texts } : {}) };
        }),
      };
    }),
  };
}
