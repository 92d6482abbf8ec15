import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_MODES } from '../../../shared/lists/types.js';
import { NumberField } from './NumberField.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';
import type { SetupAction, SetupProblems, SetupState } from './setupForm.js';

/** How partners mark items: choose (up to a maximum), or inventory (✓ now / ☆ future). */
export function ModeField({ state, dispatch }: { state: SetupState; dispatch: Dispatch<SetupAction> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="setup-section">
      <legend className="section-legend">{t('setup.mode.legend')}</legend>
      <div className="choices choices--row">
        {LIST_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" name="setup-mode" value={mode} checked={state.mode === mode} onChange={() => dispatch({ type: 'mode', mode })} />
            <span className="choice-text">
              <span className="choice-title">{t(`setup.mode.${mode}`)}</span>
              <span className="choice-hint">{t(`setup.mode.${mode}Hint`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The rules: minimum per strategy, maximum in total (empty: none), minutes. Defaults come from the list. */
export function RulesFields({ state, dispatch, problems }: { state: SetupState; dispatch: Dispatch<SetupAction>; problems: SetupProblems }) {
  const { t } = useTranslation();
  return (
    <fieldset className="setup-section">
      <legend className="section-legend">{t('setup.rules.legend')}</legend>
      <p className="hint">{t('setup.rules.hint')}</p>
      <div className="rules-grid">
        <NumberField
          id="setup-minPerStrategy"
          label={t('setup.rules.minPerStrategy')}
          hint={t('setup.rules.minPerStrategyHint')}
          value={state.rules.minPerStrategy}
          min={RULE_BOUNDS.minPerStrategy.min}
          max={RULE_BOUNDS.minPerStrategy.max}
          problem={problems.minPerStrategy}
          onChange={(value) => dispatch({ type: 'rule', field: 'minPerStrategy', value })}
        />
        <NumberField
          id="setup-maxTotal"
          label={t('setup.rules.maxTotal')}
          hint={t('setup.rules.maxTotalHint')}
          value={state.rules.maxTotal}
          min={RULE_BOUNDS.maxTotal.min}
          max={RULE_BOUNDS.maxTotal.max}
          problem={problems.maxTotal}
          onChange={(value) => dispatch({ type: 'rule', field: 'maxTotal', value })}
        />
        <NumberField
          id="setup-minutes"
          label={t('setup.rules.minutes')}
          hint={t('setup.rules.minutesHint')}
          value={state.rules.minutes}
          min={RULE_BOUNDS.minutes.min}
          max={RULE_BOUNDS.minutes.max}
          problem={problems.minutes}
          onChange={(value) => dispatch({ type: 'rule', field: 'minutes', value })}
        />
      </div>
    </fieldset>
  );
}
