/**
 * Words for a plan's standing: the rules bar line ("11 of 14 · 5 of 6
 * strategies · missing: Celebrate milestones"), one sentence per
 * violation and each strategy's chip, in whatever language `t` speaks.
 */
import { english } from '../i18n/english.js';
import type { Translate } from '../i18n/translate.js';
import type { ActivityList } from '../lists/types.js';
import type { PlanEvaluation, StrategyStanding, Violation } from './evaluatePlan.js';

/** The one-line summary of the rules bar. */
export function formatPlanSummary(evaluation: PlanEvaluation, t: Translate = english): string {
  const parts: string[] = [];
  if (evaluation.mode === 'inventory') {
    parts.push(t('rules.marksNow', { count: evaluation.marks.now }), t('rules.marksFuture', { count: evaluation.marks.future }));
    if (evaluation.maxTotal !== null) parts.push(t('rules.chosenOfMax', { count: evaluation.chosenCount, max: evaluation.maxTotal }));
  } else if (evaluation.maxTotal !== null) {
    parts.push(t('rules.chosenOfMax', { count: evaluation.chosenCount, max: evaluation.maxTotal }));
  } else {
    parts.push(t('rules.chosen', { count: evaluation.chosenCount }));
  }
  parts.push(t('rules.strategies', { covered: evaluation.coveredCount, total: evaluation.strategies.length }));
  if (evaluation.missing.length > 0) {
    parts.push(t('rules.missing', { list: evaluation.missing.map((s) => s.title).join(', ') }));
  }
  return parts.join(' · ');
}

/** A sentence that says what is wrong and how to fix it. */
export function formatViolation(violation: Violation, t: Translate = english): string {
  switch (violation.code) {
    case 'over-max':
      return t('rules.overMax', { count: violation.count, max: violation.max, excess: violation.excess });
    case 'under-min':
      return t('rules.underMin', { count: violation.min, min: violation.min, strategy: violation.strategy });
    case 'nothing-chosen':
      return t(violation.mode === 'inventory' ? 'rules.nothingMarked' : 'rules.nothingChosen');
  }
}

/** A strategy's chip: "Covered · 2 chosen" / "2 marked", "Missing" (below a minimum), or "None chosen yet" / "Nothing marked yet". */
export function formatStrategyStanding(standing: StrategyStanding, mode: ActivityList['mode'], t: Translate = english): string {
  const inventory = mode === 'inventory';
  switch (standing.state) {
    case 'covered':
      return t(inventory ? 'room.strategyMarked' : 'room.strategyCovered', { count: standing.count });
    case 'missing':
      return t('room.strategyMissing');
    case 'open':
      return t(inventory ? 'room.strategyUnmarked' : 'room.strategyOpen');
  }
}
