import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS } from '../../../shared/export/labels.js';
import type { Tally, TallyRow, TallyStrategy } from '../../../shared/tally/aggregatePlans.js';
import { groupWriteIns } from '../../../shared/tally/groupWriteIns.js';
import { ActivityLabel } from '../leader/ActivityLabel.js';
import { TallyBar } from '../leader/TallyBar.js';
import { useLeaderList } from '../leader/useTally.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { useFitContent } from './useFitContent.js';

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

/** Which of the tally's groups a row is in, for its tags. */
export interface RowTags {
  readonly consensus: ReadonlySet<string>;
  readonly contested: ReadonlySet<string>;
}

function Row({ row, pairs, inventory, tags }: { row: TallyRow; pairs: number; inventory: boolean; tags: RowTags }) {
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
      <span className="pj-label">
        <ActivityLabel className="pj-text" text={row.text} short={row.short} lang={textLanguage(list, row.activityId)} />
        {tags.consensus.has(row.activityId) && <span className="pj-tag pj-tag--consensus">{t('projector.consensusTag')}</span>}
        {tags.contested.has(row.activityId) && <span className="pj-tag pj-tag--split">{t('projector.splitCount', { count: row.split })}</span>}
      </span>
      <TallyBar row={row} pairs={pairs} inventory={inventory} block="pj" />
    </li>
  );
}

/** The tally in large type: each strategy's activities sorted by how many pairs chose them, consensus picks and contested ones tagged. */
export function ProjectorTally({ tally, inventory, tags }: { tally: Tally; inventory: boolean; tags: RowTags }) {
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
                <Row key={row.activityId} row={row} pairs={tally.pairs} inventory={inventory} tags={tags} />
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

/** A strategy's write-ins, the same text from several pairs counted once (issue 15). */
function WriteIns({ strategy }: { strategy: TallyStrategy }) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupWriteIns(strategy.writeIns), [strategy.writeIns]);
  const shown = groups.slice(0, 2);
  const more = groups.length - shown.length;
  return (
    <p className="pj-writeins" data-testid={`projector-writeins-${strategy.strategyId}`}>
      <span className="pj-writeins-label">{t('projector.writeIns', { count: strategy.writeIns.length })}</span>{' '}
      {shown.map((g, i) => (
        <span key={g.key} className="pj-writein">
          {i > 0 && ' · '}
          {g.text}
          {g.count > 1 && <span className="pj-writein-count"> {t('projector.writeInCount', { count: g.count })}</span>}
        </span>
      ))}
      {more > 0 ? ` ${t('projector.more', { count: more })}` : ''}
    </p>
  );
}
