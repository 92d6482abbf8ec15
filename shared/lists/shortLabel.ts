/**
 * The automatic short label (issues 15, 18): what the projector, the
 * dashboard and the plan draft show for a text without a hand-written one
 * (an own list's activity, a write-in). A text of up to `SHORT_LABEL.fits`
 * words and `maxChars` characters comes back whole. A longer one keeps its
 * first whole words — at most `SHORT_LABEL.words`, within `maxChars`, never
 * cut mid-word (a first word longer than that stays whole) — drops an
 * unclosed "(…", small words and punctuation left at the end ("of the",
 * "de la") so it reads as a phrase, and ends in "…" to say something was
 * left out.
 */
export const SHORT_LABEL = { words: 8, fits: 10, chars: 60 } as const;

/** Words a phrase does not end on, in the languages the lists come in (English, Spanish). */
const SMALL_WORDS = new Set(
  [
    ...['a', 'an', 'the', 'of', 'to', 'for', 'and', 'or', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'that', 'their', 'its', 'e.g.', 'including'],
    ...['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'al', 'y', 'e', 'o', 'u', 'para', 'con', 'en', 'por', 'que', 'sus', 'su', 'como'],
  ],
);

const TRAILING_PUNCTUATION = /[\s,;:.(—–-]+$/u;

const isSmall = (word: string): boolean => SMALL_WORDS.has(word.toLowerCase().replace(TRAILING_PUNCTUATION, ''));
const isBare = (word: string): boolean => word.replace(TRAILING_PUNCTUATION, '') === '';

/** The first words of `words` within the limits. */
function firstWords(words: readonly string[], maxChars: number): string[] {
  const kept: string[] = [];
  let length = -1;
  for (const word of words) {
    if (kept.length === SHORT_LABEL.words || (kept.length > 0 && length + 1 + word.length > maxChars)) break;
    kept.push(word);
    length += 1 + word.length;
  }
  return kept;
}

/** `text`'s short label (see the top of this file). */
export function shortLabel(text: string, maxChars: number = SHORT_LABEL.chars): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const words = clean.split(' ');
  if (clean.length <= maxChars && words.length <= SHORT_LABEL.fits) return clean;
  let kept = firstWords(words, maxChars);
  // One word longer than the limit is kept whole, not cut.
  if (kept.length === words.length) return clean;
  const open = kept.findLastIndex((w) => w.includes('('));
  if (open > 0 && !kept.slice(open).some((w) => w.includes(')'))) kept = kept.slice(0, open);
  while (kept.length > 1 && (isSmall(kept[kept.length - 1]) || isBare(kept[kept.length - 1]))) kept = kept.slice(0, -1);
  return `${kept.join(' ').replace(TRAILING_PUNCTUATION, '')}…`;
}
