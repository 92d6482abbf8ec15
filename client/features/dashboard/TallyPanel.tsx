import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS } from '../../../shared/export/labels.js';
import type { TallyRow, TallyStrategy } from '../../../shared/tally/aggregatePlans.js';
import { ActivityLabel } from '../leader/ActivityLabel.js';
import { TallyBar } from '../leader/TallyBar.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { useLeaderList, useTally } from '../leader/useTally.js';

function Count({ row, pairs, inventory }: { row: TallyRow; pairs: number; inventory: boolean }) {
  const { t } = useTranslation();
  if (!inventory) {
    return (
      <span className="tally-count">
        {row.count}
        <span className="visually-hidden"> {t('dashboard.tally.ofPairs', { count: pairs })}</span>
      </span>
    );
  }
  return (
    <span className="tally-count tally-count--marks">
      <span aria-hidden="true">
        {MARK_SYMBOLS.now} {row.now} · {MARK_SYMBOLS.future} {row.future}
      </span>
      <span className="visually-hidden">{t('dashboard.tally.marks', { now: row.now, future: row.future })}</span>
    </span>
  );
}

function StrategyTally({ strategy, pairs, inventory }: { strategy: TallyStrategy; pairs: number; inventory: boolean }) {
  const { t } = useTranslation();
  const list = useLeaderList();
  const id = `tally-${strategy.strategyId}`;
  return (
    <section className="tally-strategy" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>
        <span lang={textLanguage(list, strategy.strategyId)}>{strategy.title}</span> <span className="tally-covering">{t('dashboard.tally.covering', { count: strategy.pairsCovering })}</span>
      </h3>
      <ul className="tally-rows">
        {strategy.rows.map((row) => (
          <li key={row.activityId} className="tally-row" data-testid={`tally-row-${row.activityId}`}>
            <ActivityLabel className="tally-text" text={row.text} short={row.short} lang={textLanguage(list, row.activityId)} />
            <TallyBar row={row} pairs={pairs} inventory={inventory} block="tally" />
            <Count row={row} pairs={pairs} inventory={inventory} />
          </li>
        ))}
      </ul>
      {strategy.writeIns.length > 0 && (
        <>
          <h4 className="tally-writeins-heading">{t('dashboard.tally.writeIns')}</h4>
          <ul className="tally-writeins">
            {strategy.writeIns.map((w, i) => (
              <li key={`${w.pair}-${i}`}>
                {w.mark && (
                  <>
                    <span aria-hidden="true">{MARK_SYMBOLS[w.mark]} </span>
                    <span className="visually-hidden">{t(`item.mark.${w.mark}`)}: </span>
                  </>
                )}
                {w.text} <span className="tally-writein-pair">{t('dashboard.tally.byPair', { n: w.pair })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The live tally: for every activity, how many pairs chose it (✓/☆ in inventory mode), by strategy, with write-ins. */
export function TallyPanel() {
  const { t } = useTranslation();
  const list = useLeaderList();
  const tally = useTally();
  const inventory = list.mode === 'inventory';
  return (
    <section className="panel tally-panel" aria-labelledby="tally-heading">
      <div className="panel-head">
        <h2 id="tally-heading">{t('dashboard.tally.heading')}</h2>
        <p className="hint">{t('dashboard.tally.active', { active: tally.activePairs, pairs: tally.pairs })}</p>
      </div>
      {inventory && <p className="hint">{t('dashboard.tally.legend')}</p>}
      {tally.strategies.map((strategy) => (
        <StrategyTally key={strategy.strategyId} strategy={strategy} pairs={tally.pairs} inventory={inventory} />
      ))}
    </section>
  );
}
