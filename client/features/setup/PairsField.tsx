import { useState, type ChangeEvent, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from './NumberField.js';
import { readFileText } from './readFileText.js';
import { RosterPairs } from './RosterPairs.js';
import { WORKSHOP_LIMITS } from '../../../shared/protocol/limits.js';
import type { SetupAction, SetupProblems, SetupState } from './setupForm.js';

/** Largest roster file read, in bytes. */
const MAX_ROSTER_FILE_BYTES = 200_000;

function RosterEditor({ state, dispatch, problems }: { state: SetupState; dispatch: Dispatch<SetupAction>; problems: SetupProblems }) {
  const { t } = useTranslation();
  const [fileError, setFileError] = useState<string | null>(null);
  const handleFile = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_ROSTER_FILE_BYTES) {
      setFileError(t('setup.import.tooLarge', { kb: Math.round(MAX_ROSTER_FILE_BYTES / 1000) }));
      return;
    }
    readFileText(file).then(
      (text) => dispatch({ type: 'roster', text }),
      () => setFileError(t('setup.import.unreadable')),
    );
  };
  const errors = state.rosterErrors;
  const problem = problems.roster;
  return (
    <div className="roster-editor">
      <div className="field">
        <label htmlFor="setup-roster">{t('setup.roster.label')}</label>
        <textarea
          id="setup-roster"
          rows={8}
          spellCheck={false}
          value={state.rosterText}
          placeholder={'Ana Ruiz, ana@example.org\nMaria Lopez <maria@example.org>\nJames Carter'}
          aria-invalid={errors.length > 0 || problem ? true : undefined}
          aria-describedby="setup-roster-hint setup-roster-errors"
          onChange={(e) => dispatch({ type: 'roster', text: e.currentTarget.value })}
        />
        <p id="setup-roster-hint" className="hint">
          {t('setup.roster.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="setup-roster-file">{t('setup.roster.upload')}</label>
        <input
          id="setup-roster-file"
          type="file"
          accept=".txt,.csv,.tsv,text/plain,text/csv"
          aria-invalid={fileError ? true : undefined}
          aria-describedby="setup-roster-file-error"
          onChange={handleFile}
        />
        <div id="setup-roster-file-error" role="alert" className="live-slot">
          {fileError && <p className="field-error">{fileError}</p>}
        </div>
      </div>
      <div id="setup-roster-errors" className="live-slot">
        {errors.length > 0 && (
          <div className="field-error-block" data-testid="roster-errors">
            <p className="field-error">{t('setup.roster.errorsIntro', { count: errors.length })}</p>
            <ul>
              {errors.slice(0, 10).map((e) => (
                <li key={e.line}>{t('setup.roster.errorLine', { line: e.line, message: e.message })}</li>
              ))}
            </ul>
          </div>
        )}
        {errors.length === 0 && problem && <p className="field-error">{t(problem.key, problem.params)}</p>}
      </div>
      {state.pairs.length > 0 && <RosterPairs pairs={state.pairs} people={state.people} dispatch={dispatch} />}
    </div>
  );
}

/** Pairs: a number of them, or a roster paired automatically (odd count: one trio), reshuffled and adjusted by hand. */
export function PairsField({ state, dispatch, problems }: { state: SetupState; dispatch: Dispatch<SetupAction>; problems: SetupProblems }) {
  const { t } = useTranslation();
  return (
    <fieldset className="setup-section">
      <legend className="section-legend">{t('setup.pairs.legend')}</legend>
      <p className="hint">{t('setup.pairs.hint')}</p>
      <div className="choices choices--row">
        {(['number', 'roster'] as const).map((by) => (
          <label key={by} className="choice">
            <input type="radio" name="setup-pairs-by" value={by} checked={state.pairsBy === by} onChange={() => dispatch({ type: 'pairsBy', value: by })} />
            <span className="choice-text">
              <span className="choice-title">{t(`setup.pairs.by.${by}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {state.pairsBy === 'number' ? (
        <NumberField
          id="setup-pair-count"
          label={t('setup.pairs.count')}
          value={state.pairCount}
          min={1}
          max={WORKSHOP_LIMITS.pairs}
          problem={problems.pairCount}
          onChange={(value) => dispatch({ type: 'pairCount', value })}
        />
      ) : (
        <RosterEditor state={state} dispatch={dispatch} problems={problems} />
      )}
    </fieldset>
  );
}
