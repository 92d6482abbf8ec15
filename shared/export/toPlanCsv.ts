/**
 * One pair's plan as CSV: a header row, then one row per chosen activity in
 * list order, with every annotation and the Leadership Plan draft fields.
 */
import { DRAFT_FIELDS } from '../doc/fields.js';
import type { Translate } from '../i18n/translate.js';
import { ENGLISH, formatGoals, formatKind, formatMark } from './labels.js';
import { formatPartners } from './planPartners.js';
import { planRows, type PlanRow } from './planRows.js';
import { planStatus } from './planStatus.js';
import { toSafeCsv, type CsvCell } from './toSafeCsv.js';
import type { PlanExportInput } from './types.js';

/** The columns a plan row fills, shared with the workshop's plans.csv. */
export const PLAN_ROW_COLUMNS = ['strategy', 'activity', 'kind', 'mark', 'goals', 'note', 'split', ...DRAFT_FIELDS] as const;

/** The header words of {@link PLAN_ROW_COLUMNS}. */
export function planRowHeader(t: Translate): string[] {
  return PLAN_ROW_COLUMNS.map((c) => t(`export.${c}`));
}

/** The cells of {@link PLAN_ROW_COLUMNS} for one row. */
export function planRowCells(row: PlanRow, t: Translate): CsvCell[] {
  return [
    row.strategy,
    row.text,
    formatKind(row.kind, t),
    formatMark(row.mark, t),
    formatGoals(row.goals, t),
    row.note,
    row.split ? t('export.splitYes') : '',
    ...DRAFT_FIELDS.map((field) => row[field]),
  ];
}

/**
 * The CSV of one pair's plan (BOM, CRLF). After the rows, a blank row, a
 * "Partners" row (who, and whether each agreed; issue 12), an "Agreement" row
 * (where it stands and what it covers) and a "Source" row
 * with the list's citation (issue 18): rows, not `#` comment lines, which
 * some spreadsheet tools read as data or reject.
 */
export function toPlanCsv(input: PlanExportInput): string {
  const t = input.t ?? ENGLISH;
  const header = [...planRowHeader(t), t('export.chosenBy')];
  const partners: CsvCell[] = [t('export.partners'), formatPartners(input.partners, t)];
  const status = planStatus(input);
  const agreement: CsvCell[] = [t('export.agreement'), status.agreementLine, status.agreementCovers];
  const source: CsvCell[][] = input.list.source.trim() === '' ? [] : [[t('export.source'), input.list.source]];
  return toSafeCsv([header, ...planRows(input).map((r) => [...planRowCells(r, t), r.chosenBy]), [], partners, agreement, ...source]);
}
