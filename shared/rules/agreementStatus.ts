/**
 * Who has agreed to the current plan, whose agreement was withdrawn by a
 * later change, and whether the plan is proposed: every partner present has
 * agreed to this exact plan and the rules hold.
 */
import type { PlanSnapshot } from '../doc/schema.js';
import { planFingerprint } from './planFingerprint.js';

/** The agreement state of a pair. */
export interface AgreementStatus {
  readonly fingerprint: string;
  /** Participants whose agreement matches the current plan. */
  readonly agreed: readonly { id: string; name: string; at: number }[];
  /** Participants who agreed to an earlier version of the plan. */
  readonly withdrawn: readonly { id: string; name: string }[];
  /** Present participants who have not agreed to the current plan. */
  readonly waitingFor: readonly string[];
  /** Every partner present agreed and the rules hold. */
  readonly proposed: boolean;
  /** When the last of the current agreements was given (for exports). */
  readonly proposedAt: number | null;
}

/**
 * `presentIds` are the participant ids in the room now; with nobody present
 * (an export after the workshop) the plan counts as proposed when at least
 * one agreement matches and nobody's agreement was withdrawn.
 */
export function agreementStatus(plan: Pick<PlanSnapshot, 'picks' | 'writeIns' | 'agreements'>, valid: boolean, presentIds: readonly string[]): AgreementStatus {
  const fingerprint = planFingerprint(plan);
  const entries = Object.entries(plan.agreements);
  const agreed = entries
    .filter(([, a]) => a.fingerprint === fingerprint)
    .map(([id, a]) => ({ id, name: a.name, at: a.at }));
  const withdrawn = entries.filter(([, a]) => a.fingerprint !== fingerprint).map(([id, a]) => ({ id, name: a.name }));
  const agreedIds = new Set(agreed.map((a) => a.id));
  const waitingFor = [...new Set(presentIds)].filter((id) => !agreedIds.has(id));
  const everyone = presentIds.length > 0 ? waitingFor.length === 0 : agreed.length > 0 && withdrawn.length === 0;
  const proposed = valid && agreed.length > 0 && everyone;
  return {
    fingerprint,
    agreed,
    withdrawn,
    waitingFor,
    proposed,
    proposedAt: proposed ? Math.max(...agreed.map((a) => a.at)) : null,
  };
}
