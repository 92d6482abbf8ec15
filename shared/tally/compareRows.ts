/**
 * The compare view's table (issue 15): two to four pairs' plans side by
 * side, one row per activity any of them chose (in list order, each
 * strategy's write-ins after its listed activities, the same write-in
 * aligned across pairs by {@link normalizeWriteIn}), one cell per pair. Pure.
 */
import type { Mark, PlanSnapshot } from '../doc/schema.js';
import { activityShortLabel } from '../lists/activityShortLabel.js';
import type { ActivityList } from '../lists/types.js';
import { planRows, type RowKind } from '../export/planRows.js';
import { normalizeWriteIn } from './groupWriteIns.js';

/** The most pairs the compare view puts side by side. */
export const COMPARE_MAX = 4;

/** One pair's cell in a row: chosen or not, its mark, whether the pair split on it. */
export interface CompareCell {
  readonly chosen: boolean;
  readonly mark: Mark | null;
  readonly split: boolean;
}

/** One activity across the compared pairs. */
export interface CompareRow {
  /** The activity id, or `w:<strategy>:<normalised text>` for a write-in. */
  readonly key: string;
  readonly strategyId: string;
  readonly strategy: string;
  readonly kind: RowKind;
  readonly text: string;
  /** The short label (a write-in's own text). */
  readonly short: string;
  /** One cell per compared pair, in the order given. */
  readonly cells: readonly CompareCell[];
  /** Every compared pair chose it. */
  readonly common: boolean;
}

const NOT_CHOSEN: CompareCell = { chosen: false, mark: null, split: false };

/** The rows comparing `plans` (the first {@link COMPARE_MAX}) under `list`. */
export function compareRows(plans: readonly { readonly n: number; readonly plan: PlanSnapshot }[], list: ActivityList): CompareRow[] {
  const compared = plans.slice(0, COMPARE_MAX);
  const cells = new Map<string, CompareCell[]>();
  const writeIns = new Map<string, { strategyId: string; strategy: string; text: string }>();
  compared.forEach(({ plan }, column) => {
    for (const row of planRows({ plan, list })) {
      const key = row.kind === 'listed' ? row.itemId : `w:${row.strategyId}:${normalizeWriteIn(row.text)}`;
      if (row.kind === 'write-in' && !writeIns.has(key)) writeIns.set(key, { strategyId: row.strategyId, strategy: row.strategy, text: row.text });
      const line = cells.get(key) ?? compared.map(() => NOT_CHOSEN);
      line[column] = { chosen: true, mark: row.mark, split: row.split };
      cells.set(key, line);
    }
  });
  const toRow = (key: string, base: Omit<CompareRow, 'key' | 'cells' | 'common'>): CompareRow => {
    const line = cells.get(key)!;
    return { key, ...base, cells: line, common: line.every((c) => c.chosen) };
  };
  return list.strategies.flatMap((strategy) => [
    ...strategy.activities
      .filter((a) => cells.has(a.id))
      .map((a) => toRow(a.id, { strategyId: strategy.id, strategy: strategy.title, kind: 'listed', text: a.text, short: activityShortLabel(a) })),
    ...[...writeIns]
      .filter(([key, w]) => w.strategyId === strategy.id && !key.endsWith(':'))
      .map(([key, w]) => toRow(key, { strategyId: w.strategyId, strategy: w.strategy, kind: 'write-in', text: w.text, short: w.text })),
  ]);
}
