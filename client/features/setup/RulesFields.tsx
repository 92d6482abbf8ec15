import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_MODES } from '../../../shared/lists/types.js';
import { NumberField } from './NumberField.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';
import { RULE_FIELDS, type SetupAction, type SetupProblems, type SetupState } from './setupForm.js';

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
        {RULE_FIELDS.map((field) => (
          <NumberField
            key={field}
            id={`setup-${field}`}
            label={t(`setup.rules.${field}`)}
            hint={t(`setup.rules.${field}Hint`)}
            value={state.rules[field]}
            min={RULE_BOUNDS[field].min}
            max={RULE_BOUNDS[field].max}
            problem={problems[field]}
            onChange={(value) => dispatch({ type: 'rule', field, value })}
          />
        ))}
      </div>
    </fieldset>
  );
}
