/**
 * The one way exports write CSV: RFC 4180 (papaparse's `unparse`: fields
 * with commas, quotes or line breaks quoted, quotes doubled), CRLF line
 * ends, a UTF-8 byte order mark so Excel reads accents right, and no cell
 * that a spreadsheet would run as a formula (CWE-1236, OWASP "CSV
 * Injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`.
 */
import Papa from 'papaparse';

/** A cell: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/** The byte order mark at the start of every CSV export. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet will show as text; numbers and empty cells pass unchanged. */
export function neutraliseCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : '';
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** `rows` (the first one the header) as a CSV file's text: BOM, CRLF, a final line end. */
export function toSafeCsv(rows: readonly (readonly CsvCell[])[]): string {
  if (rows.length === 0) return CSV_BOM;
  const safe = rows.map((row) => row.map(neutraliseCell));
  return `${CSV_BOM}${Papa.unparse(safe, { newline: '\r\n', escapeFormulae: false, header: false })}\r\n`;
}
