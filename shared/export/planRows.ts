/**
 * The rows of one pair's plan: every chosen activity (listed ones in list
 * order, then the strategy's write-ins in the order they were written),
 * grouped by strategy, with its mark, goal tags, note, split flag and the
 * Leadership Plan draft fields. Every per-pair format is built from these.
 */
import { DRAFT_FIELDS, type DraftField } from '../doc/fields.js';
import { MARKS, type Goal, type Mark, type PlanSnapshot } from '../doc/schema.js';
import type { ActivityList } from '../lists/types.js';

/** Whether an activity is from the list or written in by the pair. */
export type RowKind = 'listed' | 'write-in';

/** One chosen activity of a plan, with plain values (labels come later); its plan-draft fields are {@link DRAFT_FIELDS}. */
export type PlanRow = PlanRowBase & { readonly [F in DraftField]: string };

interface PlanRowBase {
  readonly strategyId: string;
  readonly strategy: string;
  /** The activity id, or the write-in id (`w-…`). */
  readonly itemId: string;
  readonly text: string;
  readonly kind: RowKind;
  /** ✓ now / ☆ future in inventory mode; `null` when choosing. */
  readonly mark: Mark | null;
  readonly goals: readonly Goal[];
  readonly note: string;
  readonly split: boolean;
  /** The name of the partner who chose or wrote it. */
  readonly chosenBy: string;
  /** When it was chosen (ms). */
  readonly at: number;
}

/** The detail fields of a row, from the plan's `details`. */
function detailsOf(plan: PlanSnapshot, itemId: string) {
  const d = plan.details[itemId] ?? {};
  const draft = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, d[field] ?? ''])) as Record<DraftField, string>;
  return { goals: d.goals ?? [], note: d.note ?? '', split: d.split ?? false, ...draft };
}

const markOf = (mark: Mark | undefined, inventory: boolean): Mark | null =>
  inventory && mark && (MARKS as readonly string[]).includes(mark) ? mark : null;

/**
 * The chosen activities of `input.plan` under `input.list`, in list order.
 * In inventory mode only marked items count as chosen (as in `evaluatePlan`);
 * ids the list does not know are left out; a write-in counts while it exists,
 * even while its text is cleared to be retyped (as in `evaluatePlan`).
 */
export function planRows(input: { readonly plan: PlanSnapshot; readonly list: ActivityList }): PlanRow[] {
  const { plan, list } = input;
  const inventory = list.mode === 'inventory';
  const rows: PlanRow[] = [];
  for (const strategy of list.strategies) {
    const base = { strategyId: strategy.id, strategy: strategy.title };
    for (const activity of strategy.activities) {
      const pick = plan.picks[activity.id];
      if (!pick || (inventory && !pick.mark)) continue;
      rows.push({
        ...base,
        itemId: activity.id,
        text: activity.text,
        kind: 'listed',
        mark: markOf(pick.mark, inventory),
        ...detailsOf(plan, activity.id),
        chosenBy: pick.name,
        at: pick.at,
      });
    }
    const writeIns = Object.entries(plan.writeIns)
      .filter(([, w]) => w.strategyId === strategy.id && (!inventory || w.mark))
      .sort(([idA, a], [idB, b]) => a.at - b.at || (idA < idB ? -1 : idA > idB ? 1 : 0));
    for (const [id, w] of writeIns) {
      rows.push({
        ...base,
        itemId: id,
        text: w.text.trim(),
        kind: 'write-in',
        mark: markOf(w.mark, inventory),
        ...detailsOf(plan, id),
        chosenBy: w.name,
        at: w.at,
      });
    }
  }
  return rows;
}
