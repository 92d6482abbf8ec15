/**
 * The workshop tally as CSV: one row per activity of the list with the
 * number of pairs that chose it (and the ✓ now / ☆ future counts in
 * inventory mode), then one row per write-in naming the pair that wrote it.
 */
import type { Translate } from '../i18n/translate.js';
import type { ActivityList } from '../lists/types.js';
import type { Tally } from '../tally/aggregatePlans.js';
import { ENGLISH, MARK_SYMBOLS, formatKind, formatMarkWord } from './labels.js';
import { toSafeCsv, type CsvCell } from './toSafeCsv.js';

/** tally.csv for `tally` (from `aggregatePlans`) of `list`. */
export function toTallyCsv(tally: Tally, list: ActivityList, t: Translate = ENGLISH): string {
  const inventory = list.mode === 'inventory';
  const markColumns = inventory ? [`${MARK_SYMBOLS.now} ${formatMarkWord('now', t)}`, `${MARK_SYMBOLS.future} ${formatMarkWord('future', t)}`] : [];
  const header = [t('export.strategy'), t('export.activity'), t('export.kind'), t('export.pairs'), ...markColumns, t('export.writtenByPair')];
  const rows: CsvCell[][] = [header];
  for (const strategy of tally.strategies) {
    for (const row of strategy.rows) {
      rows.push([strategy.title, row.text, formatKind('listed', t), row.count, ...(inventory ? [row.now, row.future] : []), '']);
    }
    for (const w of strategy.writeIns) {
      const marks = inventory ? [w.mark === 'now' ? 1 : 0, w.mark === 'future' ? 1 : 0] : [];
      rows.push([strategy.title, w.text, formatKind('write-in', t), 1, ...marks, w.pair]);
    }
  }
  return toSafeCsv(rows);
}
