import { useTranslation } from 'react-i18next';
import { agree, withdrawAgreement } from '../../../shared/doc/planDoc.js';
import { formatViolation } from '../../../shared/rules/formatPlanStatus.js';
import { toTranslate } from '../../i18n/index.js';
import { AgreePeople } from './AgreePeople.js';
import { useRoom } from './RoomContext.js';
import { useAgreement } from './useAgreement.js';
import { useEvaluation } from './useEvaluation.js';
import { useReadOnly } from './useReadOnly.js';

/**
 * "We agree": each partner agrees to this exact plan; it is proposed when
 * every partner present has agreed and the rules hold. A change afterwards
 * withdraws the agreements, and this panel says so.
 */
export function AgreePanel() {
  const { t } = useTranslation();
  const { connection, actor } = useRoom();
  const evaluation = useEvaluation();
  const status = useAgreement();
  const readOnly = useReadOnly();
  const iAgreed = status.agreed.some((a) => a.id === actor.id);
  const reasons = readOnly ? [t('agree.blockedLocked')] : evaluation.violations.map((v) => formatViolation(v, toTranslate(t)));
  const blocked = reasons.length > 0;
  const handleAgree = (): void => {
    if (!blocked) agree(connection.doc, actor, status.fingerprint, connection.serverNow());
  };
  return (
    <section className="card agree" aria-labelledby="agree-heading" data-testid="agree-panel">
      <h2 id="agree-heading">{t('agree.heading')}</h2>
      <p className="hint">{t('agree.hint')}</p>
      <AgreePeople status={status} />
      <div role="status" className="agree-status" data-testid="agree-status">
        {status.withdrawn.map((w) => (
          <p key={w.id} className="agree-withdrawn">
            <span aria-hidden="true">↺ </span>
            {w.id === actor.id ? t('agree.withdrawnYou') : t('agree.withdrawn', { name: w.name })}
          </p>
        ))}
        {status.proposed && (
          <p className="agree-proposed">
            <span aria-hidden="true">✓ </span>
            {t('agree.proposed')}
          </p>
        )}
      </div>
      {iAgreed ? (
        <button type="button" className="button button--secondary" disabled={readOnly} onClick={() => withdrawAgreement(connection.doc, actor.id)}>
          {t('agree.withdraw')}
        </button>
      ) : (
        <>
          {blocked && (
            <div id="agree-blocked" className="agree-blocked">
              <p>{t('agree.blocked')}</p>
              <ul>
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
          )}
          <button
            type="button"
            className="button button--primary button--wide"
            aria-disabled={blocked}
            aria-describedby={blocked ? 'agree-blocked' : undefined}
            onClick={handleAgree}
          >
            {t('agree.button')}
          </button>
        </>
      )}
    </section>
  );
}
