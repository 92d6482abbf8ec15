import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../shared/rules/agreementStatus.js';
import { agree, withdrawAgreement } from '../../../shared/doc/planDoc.js';
import { formatViolation } from '../../../shared/rules/formatPlanStatus.js';
import { useRoom } from './RoomContext.js';
import { useAgreement } from './useAgreement.js';
import { useEvaluation } from './useEvaluation.js';
import { useReadOnly } from './useReadOnly.js';

/** What "We agree" can do now, for the agree panel and the phone's bar alike. */
export interface AgreeAction {
  readonly status: AgreementStatus;
  readonly iAgreed: boolean;
  readonly readOnly: boolean;
  /** Why agreeing is blocked, in words (empty: it is not). */
  readonly reasons: readonly string[];
  readonly agree: () => void;
  readonly withdraw: () => void;
}

/** "We agree" and "Take back my agreement" for this person, blocked while the rules do not hold or the plans are locked. */
export function useAgreeAction(): AgreeAction {
  const { t } = useTranslation();
  const { connection, actor } = useRoom();
  const evaluation = useEvaluation();
  const status = useAgreement();
  const readOnly = useReadOnly();
  const reasons = readOnly ? [t('agree.blockedLocked')] : evaluation.violations.map((v) => formatViolation(v, t));
  return {
    status,
    iAgreed: status.agreed.some((a) => a.id === actor.id),
    readOnly,
    reasons,
    agree: () => {
      if (reasons.length === 0) agree(connection.doc, actor, status.fingerprint, connection.serverNow());
    },
    withdraw: () => withdrawAgreement(connection.doc, actor.id),
  };
}
