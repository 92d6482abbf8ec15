import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { WARNING_MINUTES } from '../../../shared/protocol/timesUp.js';
import type { SetupAction, SetupProblems, SetupState } from './setupForm.js';
import '../../styles/setupLive.css';

/** Time's up (issue 14): the warning before the end, and locking every plan automatically at zero. */
export function TimesUpFields({ state, dispatch, problems }: { state: SetupState; dispatch: Dispatch<SetupAction>; problems: SetupProblems }) {
  const { t } = useTranslation();
  const problem = problems.warningMinutes;
  return (
    <fieldset className="setup-section">
      <legend className="section-legend">{t('live.timesUp.heading')}</legend>
      <div className="field field--number">
        <label htmlFor="setup-warningMinutes">{t('live.timesUp.warning')}</label>
        <input
          id="setup-warningMinutes"
          type="number"
          inputMode="decimal"
          min={WARNING_MINUTES.min}
          max={WARNING_MINUTES.max}
          step={0.5}
          value={state.timesUp.warningMinutes}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'setup-warningMinutes-hint setup-warningMinutes-error' : 'setup-warningMinutes-hint'}
          onChange={(e) => dispatch({ type: 'timesUp', warningMinutes: e.currentTarget.value })}
        />
        <p id="setup-warningMinutes-hint" className="hint">
          {t('live.timesUp.warningHint')}
        </p>
        {problem && (
          <p id="setup-warningMinutes-error" className="field-error">
            {t(problem.key, problem.params)}
          </p>
        )}
      </div>
      <div className="field field--check">
        <input id="setup-autoLock" type="checkbox" checked={state.timesUp.autoLock} aria-describedby="setup-autoLock-hint" onChange={(e) => dispatch({ type: 'timesUp', autoLock: e.currentTarget.checked })} />
        <label htmlFor="setup-autoLock">{t('live.timesUp.autoLock')}</label>
        <p id="setup-autoLock-hint" className="hint">
          {t('live.timesUp.autoLockHint')}
        </p>
      </div>
    </fieldset>
  );
}
