/**
 * Download file names: the workshop title slugged (ASCII, lowercase,
 * dashes), the pair when there is one, and the file's own name, e.g.
 * `leaders-workshop-pair-3-plan.md` or `leaders-workshop-tally.csv`.
 * Safe in a Content-Disposition header and on every file system.
 */

/** Longest slug taken from a title. */
export const SLUG_LENGTH = 50;

/** `text` as an ASCII slug ("Taller de Líderes: ¿Qué?" → "taller-de-lideres-que"); "" when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH)
    .replace(/-+$/, '');
}

/**
 * The file name of an export. `name` is the file's own name with its
 * extension (`plan.md`, `plans.csv`, `bundle.zip`); it is slugged too, so
 * nothing but `[a-z0-9.-]` reaches the result.
 */
export function fileNameFor(workshopTitle: string, pair: number | undefined, name: string): string {
  const base = slugify(workshopTitle) || 'workshop';
  const own = name
    .split('.')
    .map(slugify)
    .filter((part) => part !== '')
    .join('.');
  const pairPart = pair === undefined ? '' : `-pair-${Math.trunc(pair)}`;
  return `${base}${pairPart}-${own || 'export'}`;
}
