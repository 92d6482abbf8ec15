/**
 * Words for a plan's standing: the rules bar line ("11 of 14 · 5 of 6
 * strategies · missing: Celebrate milestones") and one sentence per
 * violation, in whatever language `t` speaks.
 */
import { english } from '../i18n/english.js';
import type { Translate } from '../i18n/translate.js';
import type { PlanEvaluation, Violation } from './evaluatePlan.js';

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
  }
}
