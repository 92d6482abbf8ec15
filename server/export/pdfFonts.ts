/**
 * The fonts the plan PDF draws with: Noto, from the `@fontsource/*` npm
 * packages (SIL Open Font License), so names and write-ins in any script
 * people use print as they were typed (issue "Airtight": the standard PDF
 * fonts printed everything outside Latin-1 as `????`). Fontsource ships each
 * font split by Unicode range (`unicode.json`), so a character picks the
 * first family, in {@link FAMILIES} order (Hangul prefers Korean, emoji the
 * emoji font), whose ranges hold it and whose file really has a glyph for
 * it; only the files a plan needs are read, once per process, and pdfkit
 * embeds just the glyphs used (a subset) of each. The WOFF (not WOFF2) files
 * are used, unwrapped to plain TrueType once (woffToSfnt.ts): fontkit can
 * subset those, and reads them without inflating tables for every document.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create as openFont, type Font } from 'fontkit';
import { woffToSfnt } from './woffToSfnt.js';

/** How a style is drawn. */
export type FontFace = 'regular' | 'bold' | 'italic';

/** Families in fallback order; Latin, Greek, Cyrillic and Devanagari come from Noto Sans. */
export const FAMILIES = [
  'noto-sans',
  'noto-sans-arabic',
  'noto-sans-hebrew',
  'noto-sans-thai',
  'noto-sans-sc',
  'noto-sans-kr',
  'noto-emoji',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Families written right to left: fontkit shapes and reverses their runs itself. */
export const RTL_FAMILIES: ReadonlySet<Family> = new Set(['noto-sans-arabic', 'noto-sans-hebrew']);

interface Subset {
  readonly family: Family;
  readonly name: string;
  /** Sorted, inclusive code point ranges. */
  readonly ranges: readonly (readonly [number, number])[];
}

/** One font file: a family's subset in one face. */
export interface FontFile {
  /** The name pdfkit registers it under. */
  readonly key: string;
  readonly family: Family;
  readonly path: string;
}

const require = createRequire(import.meta.url);

function parseRanges(text: string): [number, number][] {
  return text
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter((part) => part !== '')
    .map((part): [number, number] => {
      const [a, b = a] = part.split('-');
      return [parseInt(a, 16), parseInt(b, 16)];
    })
    .sort((x, y) => x[0] - y[0]);
}

let subsets: readonly Subset[] | null = null;
const dirs = new Map<Family, string>();

function loadSubsets(): readonly Subset[] {
  if (subsets) return subsets;
  const all: Subset[] = [];
  for (const family of FAMILIES) {
    const dir = dirname(require.resolve(`@fontsource/${family}/unicode.json`));
    dirs.set(family, dir);
    const table = JSON.parse(readFileSync(join(dir, 'unicode.json'), 'utf8')) as Record<string, string>;
    for (const [name, ranges] of Object.entries(table)) all.push({ family, name: name.replace(/[[\]]/g, ''), ranges: parseRanges(ranges) });
  }
  return (subsets = all);
}

function holds(subset: Subset, cp: number): boolean {
  let lo = 0;
  let hi = subset.ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = subset.ranges[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

const FACE_FILES: Record<FontFace, readonly string[]> = {
  regular: ['400-normal'],
  bold: ['700-normal', '400-normal'],
  italic: ['400-italic', '400-normal'],
};
const files = new Map<string, FontFile | null>();

function fileOf(subset: Subset, face: FontFace): FontFile | null {
  const id = `${subset.family}/${subset.name}/${face}`;
  let file = files.get(id);
  if (file !== undefined) return file;
  file = null;
  for (const variant of FACE_FILES[face]) {
    const path = join(dirs.get(subset.family)!, 'files', `${subset.family}-${subset.name}-${variant}.woff`);
    if (existsSync(path)) {
      file = { key: `${subset.family}-${subset.name}-${variant}`, family: subset.family, path };
      break;
    }
  }
  files.set(id, file);
  return file;
}

/** Scripts whose own family goes first: Noto Sans SC lists a few Hangul syllables and emoji in its ranges too. */
const PREFERRED: readonly (readonly [RegExp, Family])[] = [
  [/\p{sc=Hangul}/u, 'noto-sans-kr'],
  [/\p{Extended_Pictographic}/u, 'noto-emoji'],
];

const parsed = new Map<string, Font>();
function hasGlyph(file: FontFile, cp: number): boolean {
  let font = parsed.get(file.path);
  if (!font) parsed.set(file.path, (font = openFont(fontBytes(file))));
  return font.hasGlyphForCodePoint(cp);
}

const chosen = new Map<string, FontFile | null>();

/** The font file that draws code point `cp` in `face`, or `null` when no family has it. */
export function fontFor(cp: number, face: FontFace): FontFile | null {
  const id = `${cp}/${face}`;
  let file = chosen.get(id);
  if (file !== undefined) return file;
  const ch = String.fromCodePoint(cp);
  const first = PREFERRED.find(([script]) => script.test(ch))?.[1];
  const all = loadSubsets();
  const ordered = first ? [...all.filter((s) => s.family === first), ...all.filter((s) => s.family !== first)] : all;
  file = null;
  for (const subset of ordered) {
    if (!holds(subset, cp)) continue;
    const candidate = fileOf(subset, face);
    if (candidate && hasGlyph(candidate, cp)) {
      file = candidate;
      break;
    }
  }
  chosen.set(id, file);
  return file;
}

const buffers = new Map<string, Buffer>();

/** The font as plain TrueType bytes, read and unwrapped once per process. */
export function fontBytes(file: FontFile): Buffer {
  let bytes = buffers.get(file.path);
  if (!bytes) buffers.set(file.path, (bytes = woffToSfnt(readFileSync(file.path))));
  return bytes;
}
