import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS } from '../../../shared/export/labels.js';
import { consensusPicks, type Tally, type TallyRow } from '../../../shared/tally/aggregatePlans.js';
import { ActivityLabel } from '../leader/ActivityLabel.js';
import { TallyBar } from '../leader/TallyBar.js';
import { useLeaderList } from '../leader/useTally.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { useFitContent } from './useFitContent.js';

/** How many top picks the projector lists. */
export const TOP_PICKS = 5;

/**
 * Rows shown per strategy (the most chosen first), so every list fits one
 * screen: all of them for one or two groups, and for lists of up to five
 * activities per strategy (the Essential List); else the top four and a
 * "+N more" line.
 */
export function rowsPerStrategy(strategies: readonly { readonly rows: readonly unknown[] }[]): number {
  if (strategies.length <= 2) return 14;
  return strategies.every((s) => s.rows.length <= 5) ? 5 : 4;
}

const byCount = (a: TallyRow, b: TallyRow): number => b.count - a.count;

function Row({ row, pairs, inventory }: { row: TallyRow; pairs: number; inventory: boolean }) {
  const { t } = useTranslation();
  const list = useLeaderList();
  return (
    <li className="pj-row" data-testid={`projector-row-${row.activityId}`}>
      <span className="pj-count">
        {inventory ? (
          <>
            <span aria-hidden="true">
              {MARK_SYMBOLS.now}
              {row.now} {MARK_SYMBOLS.future}
              {row.future}
            </span>
            <span className="visually-hidden">{t('dashboard.tally.marks', { now: row.now, future: row.future })}</span>
          </>
        ) : (
          <>
            {row.count}
            <span className="visually-hidden"> {t('dashboard.tally.ofPairs', { count: pairs })}</span>
          </>
        )}
      </span>
      <ActivityLabel className="pj-text" text={row.text} short={row.short} lang={textLanguage(list, row.activityId)} />
      <TallyBar row={row} pairs={pairs} inventory={inventory} block="pj" />
    </li>
  );
}

/** The tally in large type: each strategy's activities sorted by how many pairs chose them. */
export function ProjectorTally({ tally, inventory }: { tally: Tally; inventory: boolean }) {
  const { t } = useTranslation();
  const list = useLeaderList();
  const box = useRef<HTMLDivElement>(null);
  useFitContent(box, tally);
  const limit = rowsPerStrategy(tally.strategies);
  return (
    <div ref={box} className={`pj-strategies pj-strategies--${Math.min(tally.strategies.length, 6)}`} data-testid="projector-tally">
      {tally.strategies.map((s) => {
        const rows = [...s.rows].sort(byCount);
        const hidden = rows.length - limit;
        return (
          <section key={s.strategyId} className="pj-strategy" aria-labelledby={`pj-${s.strategyId}`}>
            <h2 id={`pj-${s.strategyId}`} className="pj-strategy-title" lang={textLanguage(list, s.strategyId)}>
              {s.title}
            </h2>
            <ol className="pj-rows">
              {rows.slice(0, limit).map((row) => (
                <Row key={row.activityId} row={row} pairs={tally.pairs} inventory={inventory} />
              ))}
            </ol>
            {hidden > 0 && <p className="pj-more">{t('projector.moreRows', { count: hidden })}</p>}
            {s.writeIns.length > 0 && <WriteIns strategy={s} />}
          </section>
        );
      })}
    </div>
  );
}

function WriteIns({ strategy }: { strategy: Tally['strategies'][number] }) {
  const { t } = useTranslation();
  const shown = strategy.writeIns.slice(0, 2);
  const more = strategy.writeIns.length - shown.length;
  return (
    <p className="pj-writeins">
      <span className="pj-writeins-label">{t('projector.writeIns', { count: strategy.writeIns.length })}</span>{' '}
      {shown.map((w) => w.text).join(' · ')}
      {more > 0 ? ` ${t('projector.more', { count: more })}` : ''}
    </p>
  );
}

/** The activities most pairs chose, across strategies. */
export function TopPicks({ tally }: { tally: Tally }) {
  const { t } = useTranslation();
  const list = useLeaderList();
  const box = useRef<HTMLElement>(null);
  useFitContent(box, tally);
  const picks = consensusPicks(tally, 0).slice(0, TOP_PICKS);
  return (
    <section ref={box} className="pj-top" aria-labelledby="pj-top-heading" data-testid="projector-top-picks">
      <h2 id="pj-top-heading">{t('projector.topPicks')}</h2>
      {picks.length === 0 ? (
        <p className="pj-empty">{t('projector.nothingYet')}</p>
      ) : (
        <ol className="pj-top-list">
          {picks.map((pick) => (
            <li key={pick.activityId}>
              <span className="pj-top-count">{t('projector.pairsCount', { count: pick.count })}</span>
              <ActivityLabel className="pj-top-text" text={pick.text} short={pick.short} lang={textLanguage(list, pick.activityId)} />
              <span className="pj-top-strategy">{pick.strategy}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
