/**
 * The rules engine: a pure function from a plan, its list and the rules to
 * counts, coverage, missing strategies and violations. The pair room, the
 * dashboard, the server and the exporters all call this one function.
 *
 * One status model (issue 12): a plan is `valid` — agreeable — only when no
 * rule is broken and something is chosen (or, in inventory mode, marked): an
 * empty plan is never agreeable, in any mode; the server's validator refuses
 * an agreement to a plan that is not `valid`. `standing` names the one state
 * every screen states, and a strategy with nothing in it is `missing` only
 * when a minimum asks for it, otherwise `open`.
 */
import type { PlanSnapshot, Mark } from '../doc/schema.js';
import type { ActivityList, Rules } from '../lists/types.js';

/** A strategy is covered (something chosen, at least the minimum), missing (below a minimum), or open (empty, and no minimum asks for more). */
export const STRATEGY_STATES = ['covered', 'missing', 'open'] as const;
export type StrategyState = (typeof STRATEGY_STATES)[number];

/** How one strategy stands. */
export interface StrategyStanding {
  readonly strategyId: string;
  readonly title: string;
  /** Listed activities and write-ins chosen (or marked) in this strategy. */
  readonly count: number;
  readonly covered: boolean;
  readonly state: StrategyState;
}

/** A broken rule, with what a message about it needs. `nothing-chosen`: nothing chosen (or marked) yet, so nothing to agree to. */
export type Violation =
  | { readonly code: 'over-max'; readonly count: number; readonly max: number; readonly excess: number }
  | { readonly code: 'under-min'; readonly strategyId: string; readonly strategy: string; readonly min: number }
  | { readonly code: 'nothing-chosen'; readonly mode: ActivityList['mode'] };

/**
 * Where a plan stands, in one word every screen reads: over the maximum;
 * strategies below their minimum; nothing chosen or marked yet; or valid
 * (agreeable). When several hold, the first in this order.
 */
export const PLAN_STANDINGS = ['over-max', 'missing', 'empty', 'valid'] as const;
export type PlanStanding = (typeof PLAN_STANDINGS)[number];

/** Everything a screen or export needs to say where a plan stands. */
export interface PlanEvaluation {
  readonly mode: ActivityList['mode'];
  /** Chosen listed activities plus write-ins (marked ones, in inventory mode). */
  readonly chosenCount: number;
  readonly maxTotal: number | null;
  readonly marks: Readonly<Record<Mark, number>>;
  readonly strategies: readonly StrategyStanding[];
  readonly coveredCount: number;
  /** Strategies still below the minimum, in list order. */
  readonly missing: readonly StrategyStanding[];
  readonly violations: readonly Violation[];
  /** No violation: the plan can be agreed to (never when it is empty). */
  readonly valid: boolean;
  readonly standing: PlanStanding;
}

/** The activity ids of a list, mapped to their strategy id. */
export function indexActivities(list: ActivityList): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const strategy of list.strategies) {
    for (const activity of strategy.activities) index.set(activity.id, strategy.id);
  }
  return index;
}

/**
 * A list's strategies and activities as positions in a count array: one
 * slot per distinct strategy id (a repeated id shares its slot, as it shares
 * its count). Evaluation runs for every checked update and every dashboard
 * summary, so it counts into a small array instead of building a Map and
 * entry arrays each time (issue 17: evaluation was a tenth of what the
 * server allocated at 1,000 pairs).
 */
interface ListSlots {
  /** Activity id → the slot of its strategy. */
  readonly activity: ReadonlyMap<string, number>;
  /** Strategy id → its slot. */
  readonly strategy: ReadonlyMap<string, number>;
  /** Each strategy's slot, in list order. */
  readonly ofStrategy: readonly number[];
  readonly size: number;
}

function slotsOf(list: ActivityList): ListSlots {
  const strategy = new Map<string, number>();
  for (const s of list.strategies) if (!strategy.has(s.id)) strategy.set(s.id, strategy.size);
  const activity = new Map<string, number>();
  for (const [id, strategyId] of indexActivities(list)) activity.set(id, strategy.get(strategyId)!);
  return { activity, strategy, ofStrategy: list.strategies.map((s) => strategy.get(s.id)!), size: strategy.size };
}

const slotsCache = new WeakMap<ActivityList, ListSlots>();
function cachedSlots(list: ActivityList): ListSlots {
  let slots = slotsCache.get(list);
  if (!slots) slotsCache.set(list, (slots = slotsOf(list)));
  return slots;
}

/** Evaluates `plan` against `list` under `rules`. Unknown ids are ignored; only the choices (`picks` and `writeIns`) count. */
export function evaluatePlan(plan: Pick<PlanSnapshot, 'picks' | 'writeIns'>, list: ActivityList, rules: Rules): PlanEvaluation {
  const { picks, writeIns } = plan;
  const slots = cachedSlots(list);
  const inventory = list.mode === 'inventory';
  const counts = new Array<number>(slots.size).fill(0);
  const marks: Record<Mark, number> = { now: 0, future: 0 };
  for (const id of Object.keys(picks)) {
    const slot = slots.activity.get(id);
    const mark = picks[id].mark;
    if (slot === undefined || (inventory && !mark)) continue;
    counts[slot] += 1;
    if (mark) marks[mark] += 1;
  }
  // A write-in counts while it exists, even while a partner has cleared its text to retype it
  // (the server counts the same way: a text edit never changes the count).
  for (const id of Object.keys(writeIns)) {
    const { strategyId, mark } = writeIns[id];
    const slot = slots.strategy.get(strategyId);
    if (slot === undefined || (inventory && !mark)) continue;
    counts[slot] += 1;
    if (mark) marks[mark] += 1;
  }

  const min = rules.minPerStrategy;
  let chosenCount = 0;
  let coveredCount = 0;
  const strategies: StrategyStanding[] = list.strategies.map((s, i) => {
    const n = counts[slots.ofStrategy[i]];
    const covered = n >= Math.max(1, min);
    const state: StrategyState = covered ? 'covered' : min > 0 ? 'missing' : 'open';
    chosenCount += n;
    if (covered) coveredCount += 1;
    return { strategyId: s.id, title: s.title, count: n, covered, state };
  });
  const missing = min > 0 ? strategies.filter((s) => s.count < min) : [];
  const violations: Violation[] = [];
  const overMax = rules.maxTotal !== null && chosenCount > rules.maxTotal;
  if (overMax) violations.push({ code: 'over-max', count: chosenCount, max: rules.maxTotal!, excess: chosenCount - rules.maxTotal! });
  for (const s of missing) {
    violations.push({ code: 'under-min', strategyId: s.strategyId, strategy: s.title, min });
  }
  // An empty plan breaks no minimum when there is none (the inventories): it is still nothing to agree to.
  if (chosenCount === 0 && violations.length === 0) violations.push({ code: 'nothing-chosen', mode: list.mode });
  return {
    mode: list.mode,
    chosenCount,
    maxTotal: rules.maxTotal,
    marks,
    strategies,
    coveredCount,
    missing,
    violations,
    valid: violations.length === 0,
    standing: overMax ? 'over-max' : missing.length > 0 ? 'missing' : chosenCount === 0 ? 'empty' : 'valid',
  };
}

/** Why choosing one more activity is refused, or `null` when it is allowed. */
export function refusalToAdd(evaluation: PlanEvaluation): Extract<Violation, { code: 'over-max' }> | null {
  const { maxTotal, chosenCount } = evaluation;
  if (maxTotal === null || chosenCount < maxTotal) return null;
  return { code: 'over-max', count: chosenCount + 1, max: maxTotal, excess: chosenCount + 1 - maxTotal };
}
