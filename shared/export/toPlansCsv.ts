/**
 * The workshop's plans.csv: one row per pair and chosen activity, with the
 * pair's partners and agreement on every row so the file sorts and filters
 * in a spreadsheet. A pair with nothing chosen still gets one row, so no
 * pair is missing from the file.
 */
import type { Translate } from '../i18n/translate.js';
import { ENGLISH } from './labels.js';
import { pairExportInput } from './pairExportInput.js';
import { formatPartners } from './planPartners.js';
import { planRows } from './planRows.js';
import { planStatus } from './planStatus.js';
import { planRowCells, planRowHeader, PLAN_ROW_COLUMNS } from './toPlanCsv.js';
import { toSafeCsv, type CsvCell } from './toSafeCsv.js';
import type { ExportPair, WorkshopExport } from './types.js';

/** plans.csv for every pair of `pairs` (in pair order) of `workshop`. */
export function toPlansCsv(workshop: WorkshopExport, pairs: readonly ExportPair[], t: Translate = ENGLISH): string {
  // The list's citation is the last column of every row (issue 18), so it survives sorting and filtering like the partners do.
  const header = [t('export.workshop'), t('export.pair'), t('export.partners'), ...planRowHeader(t), t('export.agreed'), t('export.agreedAt'), t('export.source')];
  const rows: CsvCell[][] = [header];
  for (const pair of [...pairs].sort((a, b) => a.n - b.n)) {
    const input = pairExportInput(workshop, pair, { t });
    const { agreement } = planStatus(input);
    const lead = [workshop.title, pair.n, formatPartners(input.partners, t)];
    const tail = [agreement.proposed ? t('export.yes') : t('export.no'), agreement.proposedAt === null ? '' : new Date(agreement.proposedAt).toISOString(), workshop.list.source];
    const planned = planRows(input);
    if (planned.length === 0) rows.push([...lead, ...PLAN_ROW_COLUMNS.map(() => ''), ...tail]);
    for (const row of planned) rows.push([...lead, ...planRowCells(row, t), ...tail]);
  }
  return toSafeCsv(rows);
}
