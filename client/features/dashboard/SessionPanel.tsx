import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WORKSHOP_LIMITS } from '../../../shared/protocol/limits.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction, type LeaderAction } from '../leader/useLeaderAction.js';
import { NumberField } from '../setup/NumberField.js';
import { RULE_FIELDS } from '../setup/setupForm.js';
import { rulesChangeFrom, toRulesText, type RulesText } from './sessionForm.js';

/** Whether a request of this form finished well since it was last sent (for the "Saved." line). */
function useSaved(): [boolean, (request: () => Promise<unknown>) => () => Promise<void>] {
  const [saved, setSaved] = useState(false);
  const wrap = (request: () => Promise<unknown>) => async () => {
    setSaved(false);
    await request();
    setSaved(true);
  };
  return [saved, wrap];
}

function Outcome({ action, saved }: { action: LeaderAction; saved: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="live-slot">
      {action.error ? <p className="field-error">{action.error}</p> : saved && !action.pending && <p className="hint">{t('sessionChange.saved')}</p>}
    </div>
  );
}

/**
 * Changing the workshop while it runs (issue 14): its title, its rules and
 * more pairs. Every screen hears the change through the live stream; a
 * person is moved from their pair's card ("Move…").
 */
export function SessionPanel() {
  const { t } = useTranslation();
  const { workshop, auth } = useLeader();
  const [title, setTitle] = useState(workshop.title);
  const [rules, setRules] = useState<RulesText>(() => toRulesText(workshop.rules));
  const [count, setCount] = useState('1');
  const rename = useLeaderAction();
  const change = useLeaderAction();
  const add = useLeaderAction();
  const [renamed, afterRename] = useSaved();
  const [changed, afterChange] = useSaved();
  const [added, afterAdd] = useSaved();
  const submit = (action: LeaderAction, request: (() => () => Promise<unknown>) | null) => (event: FormEvent) => {
    event.preventDefault();
    if (request && !action.pending) action.run(request());
  };
  const rulesBody = rulesChangeFrom(rules);
  const pairs = Number(count);
  return (
    <section className="panel session-panel" aria-labelledby="session-heading" data-testid="session-panel">
      <h2 id="session-heading">{t('sessionChange.heading')}</h2>
      <p className="hint">{t('sessionChange.intro')}</p>
      <form onSubmit={submit(rename, title.trim() ? () => afterRename(() => postLeaderAction(auth, 'rename', { title })) : null)}>
        <div className="field">
          <label htmlFor="session-title">{t('sessionChange.titleLabel')}</label>
          <input id="session-title" type="text" maxLength={WORKSHOP_LIMITS.title} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        </div>
        <button type="submit" className="button button--secondary" aria-disabled={rename.pending || title.trim() === '' || undefined}>
          {t('sessionChange.rename')}
        </button>
        <Outcome action={rename} saved={renamed} />
      </form>
      <form onSubmit={submit(change, rulesBody ? () => afterChange(() => postLeaderAction(auth, 'rules', rulesBody)) : null)}>
        <fieldset>
          <legend>{t('sessionChange.rulesLegend')}</legend>
          <p className="hint" id="session-rules-hint">
            {t('sessionChange.rulesHint')}
          </p>
          <div className="session-rules">
            {RULE_FIELDS.map((field) => (
              <NumberField
                key={field}
                id={`session-${field}`}
                label={t(`sessionChange.${field}`)}
                value={rules[field]}
                min={RULE_BOUNDS[field].min}
                max={RULE_BOUNDS[field].max}
                onChange={(value) => setRules((r) => ({ ...r, [field]: value }))}
              />
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button button--secondary" aria-disabled={change.pending || rulesBody === null || undefined}>
          {t('sessionChange.applyRules')}
        </button>
        <Outcome action={change} saved={changed} />
      </form>
      <form onSubmit={submit(add, Number.isInteger(pairs) && pairs >= 1 ? () => afterAdd(() => postLeaderAction(auth, 'add-pairs', { count: pairs })) : null)}>
        <p data-testid="session-pair-count">{t('sessionChange.pairCount', { count: workshop.pairs.length })}</p>
        <NumberField id="session-add" label={t('sessionChange.addLabel')} value={count} min={1} max={WORKSHOP_LIMITS.pairs - workshop.pairs.length} onChange={setCount} />
        <button type="submit" className="button button--secondary" aria-disabled={add.pending || undefined}>
          {t('sessionChange.add')}
        </button>
        <Outcome action={add} saved={added} />
      </form>
    </section>
  );
}
