import { useReducer, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityList } from '../../../shared/lists/types.js';
import { WORKSHOP_LIMITS } from '../../../shared/protocol/limits.js';
import { ApiError } from '../../api/http.js';
import { createWorkshop } from '../../api/setupApi.js';
import type { CreatedWorkshop } from '../../../shared/protocol/responses.js';
import { ListField } from './ListField.js';
import { PairsField } from './PairsField.js';
import { ModeField, RulesFields } from './RulesFields.js';
import { TimesUpFields } from './TimesUpFields.js';
import { initialSetup, setupReducer, toCreateBody, type SetupField, type SetupState } from './setupForm.js';

/** Where focus goes for each field's problem (the first one, after a failed "Create"). */
const FIELD_IDS: Record<SetupField, string> = {
  list: 'setup-list-custom',
  minPerStrategy: 'setup-minPerStrategy',
  maxTotal: 'setup-maxTotal',
  minutes: 'setup-minutes',
  pairCount: 'setup-pair-count',
  roster: 'setup-roster',
  warningMinutes: 'setup-warningMinutes',
};

function focusField(field: SetupField): void {
  const id = field === 'list' && document.getElementById('setup-list-file') ? 'setup-list-file' : FIELD_IDS[field];
  document.getElementById(id)?.focus();
}

export interface Created {
  readonly created: CreatedWorkshop;
  readonly title: string;
  readonly state: SetupState;
}

/** The set-up form: title, list, mode, rules, pairs, and "Create workshop". Nothing is created until every field holds. */
export function SetupForm({ lists, onCreated }: { lists: readonly ActivityList[]; onCreated: (result: Created) => void }) {
  const { t } = useTranslation();
  const [state, dispatch] = useReducer(setupReducer, lists[0] ?? null, initialSetup);
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const result = toCreateBody(state);
  const problems = checked && !result.ok ? result.problems : {};
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (sending) return;
    setChecked(true);
    setFailure(null);
    if (!result.ok) {
      const first = (Object.keys(FIELD_IDS) as SetupField[]).find((f) => result.problems[f]);
      if (first) focusField(first);
      return;
    }
    setSending(true);
    createWorkshop(result.body).then(
      (created) => onCreated({ created, title: result.body.title ?? state.list?.title ?? '', state }),
      (error: unknown) => {
        setSending(false);
        setFailure(error instanceof ApiError && error.status !== 0 ? error.message : t('app.networkError'));
      },
    );
  };
  return (
    <form className="setup-form" onSubmit={handleSubmit} noValidate aria-describedby="setup-failure">
      <div className="field">
        <label htmlFor="setup-title">{t('setup.titleLabel')}</label>
        <input
          id="setup-title"
          type="text"
          maxLength={WORKSHOP_LIMITS.title}
          value={state.title}
          placeholder={state.list?.title ?? ''}
          aria-describedby="setup-title-hint"
          onChange={(e) => dispatch({ type: 'title', value: e.currentTarget.value })}
        />
        <p id="setup-title-hint" className="hint">
          {t('setup.titleHint')}
        </p>
      </div>
      <ListField lists={lists} state={state} dispatch={dispatch} problem={problems.list} />
      <ModeField state={state} dispatch={dispatch} />
      <RulesFields state={state} dispatch={dispatch} problems={problems} />
      <TimesUpFields state={state} dispatch={dispatch} problems={problems} />
      <PairsField state={state} dispatch={dispatch} problems={problems} />
      <div id="setup-failure" role="alert" className="live-slot">
        {failure && <p className="field-error">{t('setup.failed', { reason: failure })}</p>}
      </div>
      <button type="submit" className="button button--primary button--large" aria-disabled={sending || undefined}>
        {sending ? t('setup.creating') : t('setup.create')}
      </button>
    </form>
  );
}
