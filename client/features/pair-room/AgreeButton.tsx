import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreeAction } from './useAgreeAction.js';

/**
 * The "We agree" button (or "Take back my agreement" once this person
 * agreed). While blocked it stays focusable (`aria-disabled`) and its
 * description says why; `showReasons` shows the reasons too, otherwise a
 * short line points to the rules bar, which states them once (issue 18).
 */
export function AgreeButton({ action, showReasons, className }: { action: AgreeAction; showReasons: boolean; className?: string }) {
  const { t } = useTranslation();
  const reasonsId = useId();
  const blocked = action.reasons.length > 0;
  if (action.iAgreed) {
    return (
      <button type="button" className={`button button--secondary ${className ?? ''}`} disabled={action.readOnly} onClick={action.withdraw}>
        {t('agree.withdraw')}
      </button>
    );
  }
  return (
    <>
      {blocked && (
        <div id={reasonsId} className={showReasons ? 'agree-blocked' : 'visually-hidden'}>
          <p>{t('agree.blocked')}</p>
          <ul>
            {action.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <button
        type="button"
        className={`button button--primary ${className ?? ''}`}
        aria-disabled={blocked}
        aria-describedby={blocked ? reasonsId : undefined}
        onClick={action.agree}
      >
        {t('agree.button')}
      </button>
    </>
  );
}
