/**
 * A short label for an activity (issue 18): the plan draft names each row by
 * it instead of repeating the whole text. The first words, cut at a word
 * boundary within `maxChars` (trailing punctuation dropped) and followed by
 * "…" when anything was left out; a text that fits comes back whole.
 */
export function shortLabel(text: string, maxChars = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return clean;
  const words = clean.split(' ');
  let out = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > maxChars) break;
    out += ` ${word}`;
  }
  if (out.length > maxChars) out = out.slice(0, maxChars);
  return `${out.replace(/[\s,;:.(—–-]+$/u, '')}…`;
}
