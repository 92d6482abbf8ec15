import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizeList } from '../../shared/lists/localizeList.js';
import type { ActivityList } from '../../shared/lists/types.js';

/**
 * `list` in the person's chosen language (its translation where it has one,
 * its own text where not); re-made only when the list or the language changes.
 */
export function useLocalizedList(list: ActivityList): ActivityList {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => localizeList(list, language), [list, language]);
}
