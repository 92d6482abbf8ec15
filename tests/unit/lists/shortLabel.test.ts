import { describe, expect, it } from 'vitest';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { localizeList } from '../../../shared/lists/localizeList.js';
import { SHORT_LABEL, shortLabel } from '../../../shared/lists/shortLabel.js';

const words = (text: string): string[] => text.replace(/\s+/g, ' ').trim().split(' ');

/** Every activity text of the built-in lists, in every language they have: a wide sample of real texts. */
const TEXTS = BUILT_IN_LISTS.flatMap((list) =>
  ['en', ...Object.keys(list.translations ?? {})].flatMap((lang) => localizeList(list, lang).strategies.flatMap((s) => s.activities.map((a) => a.text))),
);

describe('shortLabel', () => {
  it('keeps a text that fits whole, without an ellipsis', () => {
    expect(shortLabel("Announce the district's partnership program on the district website.", 80)).toBe(
      "Announce the district's partnership program on the district website.",
    );
    expect(shortLabel("Host an end-of-year celebration for all schools' SACs.")).toBe("Host an end-of-year celebration for all schools' SACs.");
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const label = shortLabel('Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.');
    expect(label).toBe('Convene a one-on-one meeting with the district…');
    expect(label.length).toBeLessThanOrEqual(61);
  });

  it('keeps at most eight words of a longer text, even when they fit the characters', () => {
    expect(shortLabel('One two three four five six seven eight nine ten eleven', 200)).toBe('One two three four five six seven eight…');
  });

  it('drops punctuation left at the cut', () => {
    expect(shortLabel('Assist schools with preliminary steps, to begin a partnership program', 38)).toBe('Assist schools with preliminary steps…');
  });

  it('does not end on a small word, in English or Spanish', () => {
    expect(shortLabel('Share progress on the program with the superintendent, the board and the principals')).toBe('Share progress on the program with the superintendent…');
    expect(shortLabel('Compartir los avances del programa de alianzas del distrito con el superintendente y la junta')).toBe(
      'Compartir los avances del programa de alianzas…',
    );
  });

  it('drops a parenthesis the cut would leave open', () => {
    expect(shortLabel('Meet with departments (e.g., special education, bilingual education, Title I) on family involvement', 80)).toBe('Meet with departments…');
  });

  it('never cuts a word: one longer than the limit stays whole', () => {
    expect(shortLabel('x'.repeat(100), 10)).toBe('x'.repeat(100));
    expect(shortLabel(`${'x'.repeat(100)} and more`, 10)).toBe(`${'x'.repeat(100)}…`);
  });

  it('folds white space', () => {
    expect(shortLabel('  Two\n words  ')).toBe('Two words');
  });

  it('gives every built-in text a label of its own first whole words, never cut mid-word', () => {
    for (const text of TEXTS) {
      const label = shortLabel(text);
      const core = label.replace(/…$/, '');
      const kept = words(core);
      expect(kept.length, text).toBeLessThanOrEqual(SHORT_LABEL.fits);
      // The text's first words as written, less only the punctuation dropped at the cut.
      const start = words(text).slice(0, kept.length).join(' ');
      expect(start.startsWith(core), text).toBe(true);
      expect(start.slice(core.length), text).toMatch(/^[,;:.(—–-]*$/u);
    }
  });
});
