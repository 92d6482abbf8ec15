/**
 * A leader's list file, read as CSV or JSON (by its name, else by its first
 * character) with the shared parser, whose error names the line or path. The
 * list's source names the file.
 */
import { parseListCsv, parseListJson, type ListImportResult } from '../../../shared/lists/parseListImport.js';
import type { ListMode } from '../../../shared/lists/types.js';

/** Largest list file read, in bytes (the server's whole request is capped at 512 kB). */
export const MAX_LIST_FILE_BYTES = 400_000;

/** A title from a file name: `our-list_2024.csv` → `our list 2024`. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.[^.]*$/, '').replace(/[-_]+/g, ' ').trim();
}

/** Parses a list file; CSV rows take `mode`, a JSON file may name its own. */
export function readListFile(fileName: string, text: string, mode: ListMode): ListImportResult {
  const isJson = /\.json$/i.test(fileName) || (!/\.(csv|txt)$/i.test(fileName) && text.trimStart().startsWith('{'));
  return isJson ? parseListJson(text, undefined, fileName) : parseListCsv(text, titleFromFileName(fileName), mode, fileName);
}
