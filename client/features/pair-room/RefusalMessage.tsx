import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalToAdd } from '../../../shared/rules/evaluatePlan.js';
import { clearRefusal, useUiStore } from '../../stores/uiStore.js';
import { Icon } from '../shell/Icon.js';
import { useEvaluation } from './useEvaluation.js';

/** Why the last tick was refused, as an alert; gone once the plan has room again. */
export function RefusalMessage() {
  const { t } = useTranslation();
  const refusal = useUiStore((s) => s.refusal);
  const stillFull = refusalToAdd(useEvaluation()) !== null;
  useEffect(() => {
    if (refusal !== null && !stillFull) clearRefusal();
  }, [refusal, stillFull]);
  return (
    <div role="alert" className="live-slot" data-testid="refusal">
      {refusal && stillFull && (
        <p key={refusal.seq} className="rules-refusal">
          <Icon name="alert" />
          {t(refusal.key, refusal.params)}
          <button type="button" className="button button--quiet button--small" onClick={clearRefusal}>
            {t('app.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
