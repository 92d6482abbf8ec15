/**
 * Write-ins that say the same thing, counted once each (issue 15): "Family
 * café!" and "family  café" are one idea from two pairs. Pure.
 */

/** A group of write-ins whose text is the same once normalised. */
export interface WriteInGroup {
  /** The normalised text the group shares. */
  readonly key: string;
  /** The text as its first writer typed it (spacing tidied). */
  readonly text: string;
  /** Distinct pairs that wrote it. */
  readonly count: number;
  /** Those pairs, ascending. */
  readonly pairs: readonly number[];
}

/**
 * The text write-ins are compared by: Unicode NFKC (full-width letters,
 * ligatures), lower case, punctuation (`\p{P}`) and invisible format
 * characters (`\p{Cf}`, e.g. zero-width spaces) turned into spaces, runs of
 * whitespace collapsed. Accents stay: "cafe" and "café" differ.
 */
export function normalizeWriteIn(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{Cf}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Groups write-ins (`pair`, `text`) by {@link normalizeWriteIn}; a text with
 * nothing left after normalising is dropped. Most pairs first, then in order
 * of first appearance.
 */
export function groupWriteIns(writeIns: readonly { readonly pair: number; readonly text: string }[]): WriteInGroup[] {
  const groups = new Map<string, { text: string; pairs: Set<number> }>();
  for (const w of writeIns) {
    const key = normalizeWriteIn(w.text);
    if (key === '') continue;
    const group = groups.get(key) ?? { text: w.text.replace(/\s+/gu, ' ').trim(), pairs: new Set<number>() };
    group.pairs.add(w.pair);
    groups.set(key, group);
  }
  const list = [...groups].map(([key, g]) => ({ key, text: g.text, count: g.pairs.size, pairs: [...g.pairs].sort((a, b) => a - b) }));
  return list.map((g, i) => ({ g, i })).sort((a, b) => b.g.count - a.g.count || a.i - b.i).map((x) => x.g);
}
