import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useServerNow } from '../../sync/useServerNow.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderList, usePairs } from '../leader/useTally.js';
import { PAIR_VIEWS, setPairFilter, setPairSort, setPairView, useDashboardStore } from './dashboardStore.js';
import { PairCard } from './PairCard.js';
import { PairsAnnouncer } from './PairsAnnouncer.js';
import { PairsTable } from './PairsTable.js';
import { PAIR_FILTERS, PAIR_SORTS, countByFilter, selectPairs, type PairSort } from './selectPairs.js';

/** How often "4 min ago" and the idle filter are brought up to date. */
const AGE_REFRESH_MS = 15_000;

/** Every pair as a card or a table row (the leader's choice, remembered), with filters (all, needs attention, not started, breaking a rule, agreed, idle, asked for help) and a sort. */
export function PairsPanel() {
  const { t } = useTranslation();
  const { connection } = useLeader();
  const list = useLeaderList();
  const pairs = usePairs();
  const serverNow = useServerNow(connection, AGE_REFRESH_MS);
  const { filter, sort, view } = useDashboardStore(useShallow((s) => ({ filter: s.filter, sort: s.sort, view: s.view })));
  const counts = useMemo(() => countByFilter(pairs, serverNow), [pairs, serverNow]);
  const shown = useMemo(() => selectPairs(pairs, filter, sort, serverNow), [pairs, filter, sort, serverNow]);
  return (
    <section className="panel pairs-panel" aria-labelledby="pairs-heading">
      <div className="panel-head">
        <h2 id="pairs-heading">{t('dashboard.pairs.heading', { count: pairs.length })}</h2>
        <div className="view-switch" role="group" aria-label={t('dashboard.pairs.viewLabel')}>
          {PAIR_VIEWS.map((v) => (
            <button key={v} type="button" className="filter-button" aria-pressed={view === v} onClick={() => setPairView(v)} data-view={v}>
              {t(`dashboard.pairs.view.${v}`)}
            </button>
          ))}
        </div>
        <div className="field field--inline">
          <label htmlFor="pairs-sort">{t('dashboard.pairs.sortLabel')}</label>
          <select id="pairs-sort" value={sort} onChange={(e) => setPairSort(e.currentTarget.value as PairSort)}>
            {PAIR_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`dashboard.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filter-bar" role="group" aria-label={t('dashboard.pairs.filterLabel')}>
        {PAIR_FILTERS.map((f) => (
          <button key={f} type="button" className="filter-button" aria-pressed={filter === f} onClick={() => setPairFilter(f)} data-filter={f}>
            {t(`dashboard.filter.${f}`)} <span className="filter-count">{counts[f]}</span>
          </button>
        ))}
      </div>
      <p role="status" className="pairs-showing">
        {t('dashboard.pairs.showing', { shown: shown.length, total: pairs.length })}
      </p>
      <PairsAnnouncer pairs={pairs} />
      {shown.length === 0 ? (
        <p className="empty-state">{t('dashboard.pairs.none')}</p>
      ) : view === 'table' ? (
        <PairsTable pairs={shown} serverNow={serverNow} list={list} />
      ) : (
        <ul className="pair-cards">
          {shown.map((pair) => (
            <li key={pair.n}>
              <PairCard pair={pair} serverNow={serverNow} list={list} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
