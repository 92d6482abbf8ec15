import { listLang } from '../../../shared/lists/localizeList.js';
import type { ActivityList } from '../../../shared/lists/types.js';

/**
 * The language of a list's text, for its `lang` attribute (so a screen
 * reader in the Spanish interface reads an English list in English). The
 * pair room shows the list through `localizeList`, so this is the person's
 * language when the list has a translation, the list's own otherwise; an
 * item the translation left out says its own language (`item.lang`).
 */
export function listLanguage(list: ActivityList, item?: { readonly lang?: string }): string {
  return item?.lang ?? listLang(list);
}

/** The language of a strategy's or listed activity's text by id; `undefined` for anything else (a write-in is the partners' own words). */
export function textLanguage(list: ActivityList, id: string): string | undefined {
  for (const strategy of list.strategies) {
    if (strategy.id === id) return listLanguage(list, strategy);
    const activity = strategy.activities.find((a) => a.id === id);
    if (activity) return listLanguage(list, activity);
  }
  return undefined;
}
