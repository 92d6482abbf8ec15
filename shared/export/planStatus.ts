/**
 * Where one pair's plan stands, for the exports: the rules engine's
 * evaluation, the agreement state and the rules bar's line, computed by the
 * same functions the pair room and the dashboard use.
 */
import { agreementStatus, type AgreementStatus } from '../rules/agreementStatus.js';
import { evaluatePlan, type PlanEvaluation } from '../rules/evaluatePlan.js';
import { formatPlanSummary } from '../rules/formatPlanStatus.js';
import { ENGLISH, formatDateTime } from './labels.js';
import type { PlanExportInput } from './types.js';

/** The standing of a plan, with the words an export prints. */
export interface PlanStatus {
  readonly evaluation: PlanEvaluation;
  readonly agreement: AgreementStatus;
  /** The rules bar's line ("14 of 14 · 6 of 6 strategies"). */
  readonly summary: string;
  /** "Agreed by Ana, Ben on 2025-01-02 10:00 UTC" or "Not agreed yet". */
  readonly agreementLine: string;
  /** What an agreement covers, in the agree panel's words (`agreement.covers`). */
  readonly agreementCovers: string;
}

/** Evaluates the plan of `input` and says where it stands. */
export function planStatus(input: PlanExportInput): PlanStatus {
  const t = input.t ?? ENGLISH;
  const evaluation = evaluatePlan(input.plan, input.list, input.rules);
  const status = agreementStatus(input.plan, evaluation.valid, input.presentIds ?? []);
  // In the order they agreed, so a live room and its stored copy print the same.
  const agreement = { ...status, agreed: [...status.agreed].sort((a, b) => a.at - b.at || a.name.localeCompare(b.name)) };
  const agreementLine =
    agreement.proposed && agreement.proposedAt !== null
      ? t('export.agreedBy', { names: agreement.agreed.map((a) => a.name).join(', '), date: formatDateTime(agreement.proposedAt, input.timeZone) })
      : t('export.notAgreed');
  return { evaluation, agreement, summary: formatPlanSummary(evaluation, t), agreementLine, agreementCovers: t('agreement.covers') };
}
