import { useTranslation } from 'react-i18next';
import { AgreeButton } from './AgreeButton.js';
import { AgreePeople } from './AgreePeople.js';
import { useRoom } from './RoomContext.js';
import { useAgreeAction } from './useAgreeAction.js';

/**
 * "We agree": each partner agrees to this exact plan; it is proposed when
 * every partner present has agreed and the rules hold. A change afterwards
 * withdraws the agreements, and this panel says so. The rules themselves are
 * stated once, in the rules bar; while they do not hold, the button's
 * description lists what is missing (issue 18).
 */
export function AgreePanel() {
  const { t } = useTranslation();
  const { actor } = useRoom();
  const action = useAgreeAction();
  const { status } = action;
  return (
    <section className="card agree" aria-labelledby="agree-heading" data-testid="agree-panel">
      <h2 id="agree-heading">{t('agree.heading')}</h2>
      <p className="hint">{t('agree.hint')}</p>
      <p className="hint" data-testid="agreement-covers">{t('agreement.covers')}</p>
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
      {!action.iAgreed && action.reasons.length > 0 && (
        <p className="agree-blocked" aria-hidden="true">
          {t('agree.blockedShort')}
        </p>
      )}
      <AgreeButton action={action} showReasons={false} className="button--wide" />
    </section>
  );
}
