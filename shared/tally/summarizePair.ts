/**
 * One pair at a glance, for the leader's dashboard: who is there, how far
 * the plan is, whether it holds and is agreed. The server computes it with
 * the same rules engine the pair room uses.
 */
import type { PlanSnapshot } from '../doc/schema.js';
import type { ActivityList, Rules } from '../lists/types.js';
import { agreementStatus } from '../rules/agreementStatus.js';
import { evaluatePlan, type PlanStanding } from '../rules/evaluatePlan.js';
import { planPartners, type PlanPartner } from '../export/planPartners.js';

/** Where a pair stands, as the dashboard's filters see it. */
export const PAIR_STATES = ['not-started', 'drafting', 'breaking-rule', 'valid', 'agreed'] as const;
export type PairState = (typeof PAIR_STATES)[number];

/** A participant in the room now. */
export interface PresentParticipant {
  readonly id: string;
  readonly name: string;
}

/** The dashboard card of one pair. */
export interface PairSummary {
  readonly n: number;
  readonly present: readonly PresentParticipant[];
  /** Roster names placed in this pair (may be empty). */
  readonly members: readonly string[];
  /** Everyone who is a partner of this plan (roster, joined, authors) and whether each agreed, as the exports list them. */
  readonly partners: readonly PlanPartner[];
  readonly chosenCount: number;
  readonly maxTotal: number | null;
  readonly coveredCount: number;
  readonly strategyCount: number;
  /** The ids of the strategies below their minimum (`missingTitles` names them in the screen's language). */
  readonly missing: readonly string[];
  readonly violations: number;
  readonly valid: boolean;
  /** The rules engine's one word for where the plan stands (as the pair room states it). */
  readonly standing: PlanStanding;
  readonly mode: ActivityList['mode'];
  readonly agreed: boolean;
  readonly agreedNames: readonly string[];
  readonly help: boolean;
  readonly splits: number;
  readonly state: PairState;
  /** Server time of the last change, or null if nothing happened yet. */
  readonly lastChangeAt: number | null;
  readonly plan: PlanSnapshot;
}

/**
 * The state a dashboard filter uses. Only a plan over the maximum is
 * "breaking a rule" (the pair must undo something); a plan that does not
 * yet cover every strategy is still being drafted, not broken.
 */
export function pairState(input: { chosenCount: number; overMax: boolean; valid: boolean; agreed: boolean; touched: boolean }): PairState {
  if (input.agreed) return 'agreed';
  if (!input.touched) return 'not-started';
  if (input.overMax) return 'breaking-rule';
  return input.valid && input.chosenCount > 0 ? 'valid' : 'drafting';
}

/** Summarises a pair's plan under the workshop's list and rules. */
export function summarizePair(input: {
  n: number;
  plan: PlanSnapshot;
  list: ActivityList;
  rules: Rules;
  present: readonly PresentParticipant[];
  members?: readonly string[];
  /** Names of the others who joined this pair so far (the join page's). */
  joined?: readonly string[];
  lastChangeAt: number | null;
}): PairSummary {
  const evaluation = evaluatePlan(input.plan, input.list, input.rules);
  const agreement = agreementStatus(input.plan, evaluation.valid, input.present.map((p) => p.id));
  const touched = evaluation.chosenCount > 0 || Object.keys(input.plan.details).length > 0 || Object.keys(input.plan.agreements).length > 0;
  const overMax = evaluation.violations.some((v) => v.code === 'over-max');
  return {
    n: input.n,
    present: input.present,
    members: input.members ?? [],
    partners: planPartners(input.plan, { members: input.members, joined: input.joined, present: input.present }, agreement.agreed),
    chosenCount: evaluation.chosenCount,
    maxTotal: evaluation.maxTotal,
    coveredCount: evaluation.coveredCount,
    strategyCount: evaluation.strategies.length,
    missing: evaluation.missing.map((s) => s.strategyId),
    violations: evaluation.violations.length,
    valid: evaluation.valid,
    standing: evaluation.standing,
    mode: evaluation.mode,
    agreed: agreement.proposed,
    agreedNames: agreement.agreed.map((a) => a.name),
    help: input.plan.help?.on ?? false,
    splits: Object.values(input.plan.details).filter((d) => d.split).length,
    state: pairState({ chosenCount: evaluation.chosenCount, overMax, valid: evaluation.valid, agreed: agreement.proposed, touched }),
    lastChangeAt: input.lastChangeAt,
    plan: input.plan,
  };
}

/** The titles of a summary's missing strategies in `list` (pass the list as the screen shows it: localized). */
export function missingTitles(summary: Pick<PairSummary, 'missing'>, list: ActivityList): string[] {
  return summary.missing.map((id) => list.strategies.find((s) => s.id === id)?.title ?? id);
}
