/**
 * Text in the plan PDF in any script: each character drawn by the first
 * Noto font that has it (pdfFonts.ts), lines wrapped where the script allows
 * (Intl.Segmenter: between words, and inside Chinese, Japanese and Thai),
 * and each line put in visual order by the Unicode Bidirectional Algorithm
 * (bidi-js), so Arabic and Hebrew read right to left; fontkit shapes each run
 * (Arabic letters joined, Devanagari and Thai marks placed, emoji sequences).
 * User text is printed as it is, never interpreted.
 */
import bidiFactory from 'bidi-js';
import { fontBytes, fontFor, RTL_FAMILIES, type FontFace, type FontFile } from './pdfFonts.js';

/** How one paragraph looks. */
export interface TextStyle {
  readonly face: FontFace;
  readonly size: number;
  readonly color: string;
  /** Extra space between lines, in points. */
  readonly lineGap: number;
}

/** A paragraph wrapped to a width: its lines as ranges of the text (code units, end exclusive). */
export interface WrappedText {
  readonly text: string;
  readonly lines: readonly { readonly start: number; readonly end: number; readonly width: number }[];
  readonly height: number;
}

/** Line height and baseline, as shares of the font size (Noto's ascender 1.069, descender 0.293). */
const LINE_HEIGHT = 1.3;
const BASELINE = 1.0;

const bidi = bidiFactory();
const words = new Intl.Segmenter('und', { granularity: 'word' });
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
/** Marks, joiners, variation selectors, skin tones and tags stay in the font of the character before them. */
const CLINGS = /^(?:\p{M}|\u200c|\u200d|[\ufe00-\ufe0f]|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}])$/u;
/** Scripts written without spaces: a line may break between any two of their words or characters. */
const NO_SPACES = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\u3000-\u303f\uff00-\uffef]/u;

/** `text` as the PDF prints it: NFC, white space runs as one space, trimmed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

interface Run {
  readonly start: number;
  readonly end: number;
  readonly file: FontFile;
}

/**
 * Widths and font runs depend only on the font file, the size and the text,
 * so they are kept across documents (a bundle draws the same list's texts
 * for every pair); each map is emptied when it grows past this many entries.
 */
const CACHE_LIMIT = 50_000;
const widths = new Map<string, number>();
const runsCache = new Map<string, readonly Run[]>();
function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

/** Draws and measures paragraphs in one document; registers each font file once. */
export class PdfText {
  private readonly registered = new Set<string>();

  constructor(readonly doc: PDFKit.PDFDocument) {}

  private use(file: FontFile, size: number): PDFKit.PDFDocument {
    if (!this.registered.has(file.key)) {
      this.doc.registerFont(file.key, fontBytes(file));
      this.registered.add(file.key);
    }
    return this.doc.font(file.key).fontSize(size);
  }

  /** `text` cut into runs that one font draws. */
  private runs(text: string, face: FontFace): readonly Run[] {
    const cacheKey = `${face}\u0000${text}`;
    const cached = runsCache.get(cacheKey);
    if (cached) return cached;
    const runs: Run[] = [];
    let i = 0;
    for (const ch of text) {
      const last = runs[runs.length - 1];
      const file = last && CLINGS.test(ch) ? last.file : (fontFor(ch.codePointAt(0)!, face) ?? fontFor(0x20, face)!);
      if (last && last.file.key === file.key) runs[runs.length - 1] = { ...last, end: i + ch.length };
      else runs.push({ start: i, end: i + ch.length, file });
      i += ch.length;
    }
    return remember(runsCache, cacheKey, runs);
  }

  private width(file: FontFile, size: number, text: string): number {
    const key = `${file.key}\u0000${size}\u0000${text}`;
    return widths.get(key) ?? remember(widths, key, this.use(file, size).widthOfString(text));
  }

  /** The width of `text.slice(start, end)`. */
  private measure(text: string, runs: readonly Run[], start: number, end: number, size: number): number {
    let sum = 0;
    for (const run of runs) {
      const a = Math.max(start, run.start);
      const b = Math.min(end, run.end);
      if (a < b) sum += this.width(run.file, size, text.slice(a, b));
    }
    return sum;
  }

  /** Where a line may end: after a space, and between words of scripts written without spaces. */
  private breaks(text: string): number[] {
    const points: number[] = [];
    let previous: Intl.SegmentData | null = null;
    for (const segment of words.segment(text)) {
      if (previous && (/\s$/.test(previous.segment) || NO_SPACES.test(previous.segment.slice(-1)) || NO_SPACES.test(segment.segment[0]))) {
        points.push(segment.index);
      }
      previous = segment;
    }
    points.push(text.length);
    return points;
  }

  /** `raw` (cleaned first) wrapped to `width` in `style`. */
  wrap(raw: string, style: TextStyle, width: number): WrappedText {
    const text = cleanText(raw);
    const runs = this.runs(text, style.face);
    const lines: { start: number; end: number; width: number }[] = [];
    const trimmedEnd = (start: number, end: number): number => {
      while (end > start && text[end - 1] === ' ') end--;
      return end;
    };
    const push = (start: number, end: number): void => {
      const e = trimmedEnd(start, end);
      if (e > start) lines.push({ start, end: e, width: this.measure(text, runs, start, e, style.size) });
    };
    // Each piece between two break points is measured once; a line's width is the sum of its pieces.
    const pieces: { start: number; end: number; full: number; trimmed: number }[] = [];
    let from = 0;
    for (const point of this.breaks(text)) {
      const e = trimmedEnd(from, point);
      const trimmed = this.measure(text, runs, from, e, style.size);
      pieces.push({ start: from, end: point, trimmed, full: e === point ? trimmed : trimmed + this.measure(text, runs, e, point, style.size) });
      from = point;
    }
    let lineStart = 0;
    let lineWidth = 0;
    for (const piece of pieces) {
      if (lineWidth + piece.trimmed <= width + 0.01) {
        lineWidth += piece.full;
        continue;
      }
      if (piece.start > lineStart) push(lineStart, piece.start);
      lineStart = piece.start;
      lineWidth = 0;
      if (piece.trimmed <= width + 0.01) {
        lineWidth = piece.full;
        continue;
      }
      // One word longer than the line: cut it between graphemes.
      let cut = lineStart;
      for (const g of graphemes.segment(text.slice(piece.start, piece.end))) {
        const end = piece.start + g.index + g.segment.length;
        if (cut > lineStart && this.measure(text, runs, lineStart, trimmedEnd(lineStart, end), style.size) > width + 0.01) {
          push(lineStart, cut);
          lineStart = cut;
        }
        cut = end;
      }
      lineWidth = this.measure(text, runs, lineStart, piece.end, style.size);
    }
    push(lineStart, text.length);
    const lineHeight = style.size * LINE_HEIGHT;
    const height = lines.length === 0 ? 0 : lines.length * lineHeight + (lines.length - 1) * style.lineGap;
    return { text, lines, height };
  }

  /** Draws a wrapped paragraph with its top-left corner at (x, y); right-to-left paragraphs are set flush right. */
  draw(wrapped: WrappedText, style: TextStyle, x: number, y: number, width: number): void {
    const { text } = wrapped;
    if (text === '') return;
    const runs = this.runs(text, style.face);
    const levels = bidi.getEmbeddingLevels(text);
    const rtl = (levels.paragraphs[0]?.level ?? 0) % 2 === 1;
    const fileAt = new Array<FontFile>(text.length);
    for (const run of runs) for (let i = run.start; i < run.end; i++) fileAt[i] = run.file;
    this.doc.fillColor(style.color);
    wrapped.lines.forEach((line, n) => {
      const baseline = y + n * (style.size * LINE_HEIGHT + style.lineGap) + style.size * BASELINE;
      let cx = rtl ? x + width - line.width : x;
      for (const piece of this.visualRuns(text, levels, fileAt, line.start, line.end)) {
        this.use(piece.file, style.size).text(piece.text, cx, baseline, { lineBreak: false, baseline: 'alphabetic' });
        cx += this.width(piece.file, style.size, piece.text);
      }
    });
  }

  /**
   * A line's runs in visual order, each as the text to hand its font:
   * fontkit reverses right-to-left scripts itself, so their runs go in
   * reading order; other text in a right-to-left stretch (digits, spaces,
   * emoji, mirrored brackets) is reversed here, grapheme by grapheme.
   */
  private visualRuns(text: string, levels: ReturnType<typeof bidi.getEmbeddingLevels>, fileAt: readonly FontFile[], start: number, end: number) {
    // bidi-js returns the whole text's indices with this line's stretches flipped.
    const order = bidi.getReorderedIndices(text, levels, start, end - 1).slice(start, end);
    const pieces: { file: FontFile; text: string }[] = [];
    let i = 0;
    while (i < order.length) {
      const file = fileAt[order[i]];
      const step = i + 1 < order.length && order[i + 1] === order[i] - 1 ? -1 : 1;
      let j = i + 1;
      while (j < order.length && fileAt[order[j]].key === file.key && order[j] === order[j - 1] + step) j++;
      const lo = Math.min(order[i], order[j - 1]);
      const logical = text.slice(lo, Math.max(order[i], order[j - 1]) + 1);
      // Graphemes in reading order; a bracket in a right-to-left stretch is drawn mirrored.
      const parts = [...graphemes.segment(logical)].map((g) =>
        g.segment.length === 1 && levels.levels[lo + g.index] % 2 === 1 ? (bidi.getMirroredCharacter(g.segment) ?? g.segment) : g.segment,
      );
      // Visual order wanted; a right-to-left font (fontkit) reverses what it is given.
      const rtlFont = RTL_FAMILIES.has(file.family);
      const drawn = (step === -1) === rtlFont ? parts.join('') : parts.reverse().join('');
      pieces.push({ file, text: drawn });
      i = j;
    }
    return pieces;
  }
}
