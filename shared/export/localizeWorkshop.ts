/**
 * A workshop as its exports show it in one language: the list's titles,
 * descriptions and activities from its translation into `lang`
 * (`localizeList`), falling back text by text to the list's own. Plans hold
 * only ids, so every plan reads the same in either language. workshop.json
 * is the exception: it carries the list itself, with every translation.
 */
import { localizeList } from '../lists/localizeList.js';
import type { WorkshopExport } from './types.js';

/** `workshop` with its list in `lang` (the same object when the list has no such translation). */
export function localizeWorkshop<W extends WorkshopExport>(workshop: W, lang: string): W {
  const list = localizeList(workshop.list, lang);
  return list === workshop.list ? workshop : { ...workshop, list };
}
