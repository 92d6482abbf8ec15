/**
 * The workshop tally: for every activity of the list, how many pairs chose
 * it (✓/☆ counts in inventory mode), grouped by strategy, with write-ins
 * listed under their strategy. Pure: the dashboard, projector and exports
 * all call it.
 */
import type { Mark, PlanSnapshot } from '../doc/schema.js';
import { activityShortLabel } from '../lists/activityShortLabel.js';
import type { ActivityList } from '../lists/types.js';

/** One activity's row in the tally. */
export interface TallyRow {
  readonly activityId: string;
  /** The full text: what exports print and what screens keep one step away. */
  readonly text: string;
  /** Its short label (`activityShortLabel`), what the projector and the dashboard show (issue 15). */
  readonly short: string;
  /** Pairs that chose (or marked) it. */
  readonly count: number;
  readonly now: number;
  readonly future: number;
  /** Pairs that chose it and flagged it "we split on this" (the `split` detail). */
  readonly split: number;
}

/** A write-in and the pair that wrote it. */
export interface TallyWriteIn {
  readonly pair: number;
  readonly text: string;
  readonly mark?: Mark;
}

/** One strategy's part of the tally. */
export interface TallyStrategy {
  readonly strategyId: string;
  readonly title: string;
  readonly rows: readonly TallyRow[];
  readonly writeIns: readonly TallyWriteIn[];
  /** Pairs with at least one choice in this strategy. */
  readonly pairsCovering: number;
}

export interface Tally {
  readonly pairs: number;
  /** Pairs that chose anything at all. */
  readonly activePairs: number;
  readonly strategies: readonly TallyStrategy[];
}

/** Aggregates the plans of numbered pairs. Duplicate pair numbers count once (the last wins). */
export function aggregatePlans(plans: readonly { n: number; plan: PlanSnapshot }[], list: ActivityList): Tally {
  const byPair = new Map(plans.map((p) => [p.n, p.plan]));
  const inventory = list.mode === 'inventory';
  let activePairs = 0;
  for (const plan of byPair.values()) if (Object.keys(plan.picks).length + Object.keys(plan.writeIns).length > 0) activePairs++;
  const strategies = list.strategies.map((strategy) => {
    const covering = new Set<number>();
    const rows = strategy.activities.map((activity) => {
      let count = 0;
      let now = 0;
      let future = 0;
      let split = 0;
      for (const [n, plan] of byPair) {
        const pick = plan.picks[activity.id];
        if (!pick || (inventory && !pick.mark)) continue;
        count++;
        covering.add(n);
        if (pick.mark === 'now') now++;
        if (pick.mark === 'future') future++;
        if (plan.details[activity.id]?.split === true) split++;
      }
      return { activityId: activity.id, text: activity.text, short: activityShortLabel(activity), count, now, future, split };
    });
    const writeIns: TallyWriteIn[] = [];
    for (const [n, plan] of [...byPair].sort((a, b) => a[0] - b[0])) {
      for (const w of Object.values(plan.writeIns)) {
        if (w.strategyId !== strategy.id || w.text.trim() === '') continue;
        writeIns.push({ pair: n, text: w.text, ...(w.mark ? { mark: w.mark } : {}) });
        covering.add(n);
      }
    }
    return { strategyId: strategy.id, title: strategy.title, rows, writeIns, pairsCovering: covering.size };
  });
  return { pairs: byPair.size, activePairs, strategies };
}

