import type { ActivityList } from '../../../shared/lists/types.js';

/**
 * The language a list is written in, for the `lang` attribute of its text
 * (so a screen reader in the Spanish interface reads English activities in
 * English). Every built-in list is English; `ActivityList` has no language
 * field yet, so a leader's own list is assumed English too.
 */
export function listLanguage(list: ActivityList): string {
  const declared = (list as { lang?: unknown }).lang;
  return typeof declared === 'string' && declared !== '' ? declared : 'en';
}
