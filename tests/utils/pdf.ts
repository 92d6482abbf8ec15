/**
 * Reading PDFs in tests with poppler-utils (installed here and in CI):
 * the text (`pdftotext`), the page count (`pdfinfo`) and a PNG to look at
 * (`pdftoppm`). Files go to test-results/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const RESULTS_DIR = resolve('test-results');

/** Writes `pdf` to test-results/`name` and returns the path. */
export function savePdf(pdf: Uint8Array, name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const path = join(RESULTS_DIR, name);
  writeFileSync(path, pdf);
  return path;
}

/** The PDF's text in content order (`pdftotext -raw`). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** The number of pages (`pdfinfo`). */
export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Renders page 1 to `<path without .pdf>-1.png` at `dpi`, to look at. */
export function renderFirstPage(path: string, dpi = 60): string {
  const prefix = path.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', path, prefix]);
  return `${prefix}-1.png`;
}

/**
 * Text as compared with extracted PDF text: line breaks and runs of spaces
 * become one space, and a break after a hyphen ("one-\non-one") is undone.
 */
export function normaliseText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/- /g, '-').trim();
}
