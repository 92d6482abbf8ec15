import { describe, expect, it } from 'vitest';
import { activityShortLabel } from '../../../shared/lists/activityShortLabel.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { listLang, localizeList } from '../../../shared/lists/localizeList.js';
import { SHORT_LABEL, shortLabel } from '../../../shared/lists/shortLabel.js';
import type { ActivityList } from '../../../shared/lists/types.js';

const wordCount = (text: string): number => text.trim().split(/\s+/).length;
const activities = (list: ActivityList) => list.strategies.flatMap((s) => s.activities);
/** Every language a list has: its own and each translation's. */
const languages = (list: ActivityList): string[] => [listLang(list), ...Object.keys(list.translations ?? {})];

/** Every built-in list in every language it has, as the screens get it. */
const SHOWN = BUILT_IN_LISTS.flatMap((list) => languages(list).map((lang) => ({ name: `${list.id} (${lang})`, list: localizeList(list, lang) })));

describe('the built-in lists’ short labels (issue 15)', () => {
  it('covers the five lists and every language they have', () => {
    expect(BUILT_IN_LISTS).toHaveLength(5);
    expect(SHOWN.map((s) => s.name)).toContain('essential-2020-21 (es)');
  });

  it.each(SHOWN)('gives every activity of $name a hand-written short label', ({ list }) => {
    for (const a of activities(list)) expect(a.short?.trim(), a.id).toBeTruthy();
  });

  it.each(SHOWN)('keeps each label of $name to at most ten words, whole, and shorter than a long text', ({ list }) => {
    for (const a of activities(list)) {
      const short = a.short!;
      expect(wordCount(short), `${a.id}: ${short}`).toBeLessThanOrEqual(SHORT_LABEL.fits);
      // A phrase of whole words: it ends on a letter, a digit or a closing parenthesis, never "…", "-" or ",".
      expect(short, a.id).toMatch(/[\p{L}\p{N})]$/u);
      expect(short, a.id).toBe(short.replace(/\s+/g, ' ').trim());
      if (wordCount(a.text) > SHORT_LABEL.fits) expect(short, a.id).not.toBe(a.text);
    }
  });

  it.each(SHOWN)('gives the activities of one strategy of $name labels that tell them apart', ({ list }) => {
    for (const s of list.strategies) {
      const labels = s.activities.map((a) => a.short!.toLowerCase());
      expect(new Set(labels).size, s.id).toBe(labels.length);
    }
  });

  it('labels a translated activity in its own language, not the source’s', () => {
    const [essential] = BUILT_IN_LISTS;
    const spanish = localizeList(essential, 'es');
    activities(essential).forEach((a, i) => {
      const es = activities(spanish)[i];
      expect(es.short, a.id).not.toBe(a.short);
      expect(es.lang, a.id).toBeUndefined();
    });
    expect(activities(spanish)[0].short).toBe('Reunirse individualmente con el superintendente sobre las metas');
  });
});

describe('activityShortLabel', () => {
  it('is the hand-written label where there is one', () => {
    expect(activityShortLabel({ text: 'Convene a one-on-one meeting with the district superintendent to discuss the goals.', short: ' Meet the  superintendent ' })).toBe(
      'Meet the superintendent',
    );
  });

  it('falls back to the automatic label without one, or with a blank one', () => {
    const text = 'Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.';
    expect(activityShortLabel({ text })).toBe(shortLabel(text));
    expect(activityShortLabel({ text, short: '  ' })).toBe(shortLabel(text));
    expect(activityShortLabel({ text: 'Phone tree' })).toBe('Phone tree');
  });
});
