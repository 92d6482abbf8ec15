import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { listLang } from '../../../shared/lists/localizeList.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { useLocalizedList } from '../../i18n/useLocalizedList.js';
import { ListImport } from './ListImport.js';
import { CUSTOM_LIST, type FieldProblem, type SetupAction, type SetupState } from './setupForm.js';

/** A built-in list's name and facts, in the leader's language where the list has a translation. */
function ListChoiceText({ list }: { list: ActivityList }) {
  const shown = useLocalizedList(list);
  return (
    <span className="choice-text">
      <span className="choice-title" lang={listLang(shown)}>
        {shown.title}
      </span>
      <ListFacts list={shown} />
    </span>
  );
}

/** "choose · 6 strategies · 25 activities" under a list's name. */
function ListFacts({ list }: { list: ActivityList }) {
  const { t } = useTranslation();
  const activities = list.strategies.reduce((n, s) => n + s.activities.length, 0);
  return (
    <span className="choice-hint">
      {[
        list.subtitle,
        t(`setup.mode.${list.mode}Short`),
        list.hasStrategies ? t('setup.list.strategies', { count: list.strategies.length }) : '',
        t('setup.list.activities', { count: activities }),
      ]
        .filter(Boolean)
        .join(' · ')}
    </span>
  );
}

/** The activity list: one of the built-in lists, or the leader's own from a file. */
export function ListField({ lists, state, dispatch, problem }: { lists: readonly ActivityList[]; state: SetupState; dispatch: Dispatch<SetupAction>; problem?: FieldProblem }) {
  const { t } = useTranslation();
  return (
    <fieldset className="setup-section">
      <legend className="section-legend">{t('setup.list.legend')}</legend>
      <div className="choices">
        {lists.map((list) => (
          <label key={list.id} className="choice">
            <input type="radio" name="setup-list" value={list.id} checked={state.choice === list.id} onChange={() => dispatch({ type: 'choose', choice: list.id, list })} />
            <ListChoiceText list={list} />
          </label>
        ))}
        <label className="choice">
          <input
            id="setup-list-custom"
            type="radio"
            name="setup-list"
            value={CUSTOM_LIST}
            checked={state.choice === CUSTOM_LIST}
            onChange={() => dispatch({ type: 'choose', choice: CUSTOM_LIST, list: null })}
          />
          <span className="choice-text">
            <span className="choice-title">{t('setup.list.own')}</span>
            <span className="choice-hint">{t('setup.list.ownHint')}</span>
          </span>
        </label>
      </div>
      {state.choice === CUSTOM_LIST && <ListImport state={state} dispatch={dispatch} problem={problem} />}
    </fieldset>
  );
}
