import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS } from '../../../shared/export/labels.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { COMPARE_MAX, compareRows, type CompareCell } from '../../../shared/tally/compareRows.js';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { ActivityLabel } from '../leader/ActivityLabel.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { useFitContent } from './useFitContent.js';

/** The pairs to compare: those the leader `picked` (that still chose something), in the order picked; until they pick, the first two. */
export function comparedPairs(order: readonly number[], picked: readonly number[] | null): number[] {
  return picked === null ? order.slice(0, 2) : picked.filter((n) => order.includes(n)).slice(0, COMPARE_MAX);
}

/** `picked` with `n` added (up to {@link COMPARE_MAX}) or removed. */
export function togglePicked(picked: readonly number[], n: number): number[] {
  if (picked.includes(n)) return picked.filter((p) => p !== n);
  return picked.length >= COMPARE_MAX ? [...picked] : [...picked, n];
}

function Cell({ cell }: { cell: CompareCell }) {
  const { t } = useTranslation();
  if (!cell.chosen) return <td className="pj-cell pj-cell--empty" aria-label={t('projector.compareNo')} />;
  return (
    <td className="pj-cell">
      <span aria-hidden="true">{cell.mark ? MARK_SYMBOLS[cell.mark] : '●'}</span>
      <span className="visually-hidden">{cell.mark ? t(`item.mark.${cell.mark}`) : t('projector.compareYes')}</span>
      {cell.split && <span className="pj-tag pj-tag--split">{t('details.splitTag')}</span>}
    </td>
  );
}

interface Props {
  readonly pairs: readonly PairSummary[];
  /** Pairs that chose something, in order. */
  readonly order: readonly number[];
  readonly picked: readonly number[] | null;
  readonly list: ActivityList;
  readonly onToggle: (n: number) => void;
}

/** Two to four pairs' plans side by side: a row per activity any of them chose, common choices marked. */
export function CompareView({ pairs, order, picked, list, onToggle }: Props) {
  const { t } = useTranslation();
  const shownKey = comparedPairs(order, picked).join(',');
  const shown = useMemo(() => (shownKey === '' ? [] : shownKey.split(',').map(Number)), [shownKey]);
  const rows = useMemo(() => compareRows(shown.map((n) => ({ n, plan: pairs.find((p) => p.n === n)!.plan })), list), [pairs, list, shown]);
  const box = useRef<HTMLDivElement>(null);
  useFitContent(box, rows);
  return (
    <section className="pj-compare" aria-labelledby="pj-compare-heading" data-testid="projector-compare">
      <header className="pj-view-head">
        <h2 id="pj-compare-heading">{t('projector.view.compare')}</h2>
        <div className="pj-pick" role="group" aria-label={t('projector.comparePick', { max: COMPARE_MAX })}>
          {order.map((n) => (
            <button key={n} type="button" className="pj-button pj-button--small" aria-pressed={shown.includes(n)} onClick={() => onToggle(n)}>
              {t('projector.spotlightTitle', { n })}
            </button>
          ))}
        </div>
      </header>
      {shown.length < 2 ? (
        <p className="pj-empty">{t('projector.compareTooFew')}</p>
      ) : (
        <div ref={box} className="pj-compare-box">
          <table className={`pj-compare-table pj-compare-table--${shown.length}`}>
            <thead>
              <tr>
                <th scope="col" className="pj-compare-strategy">
                  {t('projector.compareStrategy')}
                </th>
                <th scope="col">{t('projector.compareActivity')}</th>
                {shown.map((n) => (
                  <th key={n} scope="col" className="pj-cell">
                    {t('projector.spotlightTitle', { n })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.key} className={row.common ? 'pj-compare-row pj-compare-row--common' : 'pj-compare-row'} data-testid={`compare-row-${row.key}`}>
                  {/* The strategy spans its rows (a header row per strategy would cost the screen's height). */}
                  {(i === 0 || rows[i - 1].strategyId !== row.strategyId) && (
                    <th scope="rowgroup" rowSpan={rows.filter((r) => r.strategyId === row.strategyId).length} className="pj-compare-strategy" lang={textLanguage(list, row.strategyId)}>
                      {row.strategy}
                    </th>
                  )}
                  <th scope="row">
                    {row.kind === 'listed' ? (
                      <ActivityLabel className="pj-compare-text" text={row.text} short={row.short} lang={textLanguage(list, row.key)} />
                    ) : (
                      <span className="pj-compare-text">
                        {row.text} <span className="pj-tag">{t('projector.ownActivity')}</span>
                      </span>
                    )}
                    {row.common && <span className="pj-tag pj-tag--consensus">{t('projector.compareCommon')}</span>}
                  </th>
                  {row.cells.map((cell, c) => (
                    <Cell key={shown[c]} cell={cell} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
