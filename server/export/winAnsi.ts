/**
 * pdfkit's standard fonts (Helvetica) encode text as WinAnsi (Windows-1252):
 * Latin-1 (every Spanish accent, ñ, ¿, ¡), curly quotes, dashes, €, and a
 * few more. Anything else would print as a wrong glyph, so it is replaced
 * first: by its base letters when it has them ("ễ" → "e", "ﬁ" → "fi"), a
 * look-alike for common punctuation, nothing for the ✓/☆ mark symbols (the
 * word beside them says it), or "?".
 */

/** Code points above Latin-1 that WinAnsi holds (pdfkit's WIN_ANSI_MAP). */
const WIN_ANSI_EXTRA = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c,
  0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);

const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  // The mark symbols: the words beside them ("✓ now") say the same.
  '\u2713': '',
  '\u2714': '',
  '\u2606': '',
  '\u2605': '',
};

/** Whether WinAnsi has a glyph for this code point (controls excluded). */
export function isWinAnsi(codePoint: number): boolean {
  return (codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa0 && codePoint <= 0xff) || WIN_ANSI_EXTRA.has(codePoint);
}

/** `text` with every character printable by the standard fonts; white space runs become one space. */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC').replace(/\s+/g, ' ')) {
    if (isWinAnsi(ch.codePointAt(0)!)) {
      out += ch;
      continue;
    }
    if (LOOK_ALIKES[ch] !== undefined) {
      out += LOOK_ALIKES[ch];
      continue;
    }
    const base = [...ch.normalize('NFKD')].filter((c) => isWinAnsi(c.codePointAt(0)!)).join('');
    out += base || '?';
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
