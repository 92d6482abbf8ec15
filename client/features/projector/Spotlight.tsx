import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MARK_SYMBOLS } from '../../../shared/export/labels.js';
import { planRows, type PlanRow } from '../../../shared/export/planRows.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { missingTitles, type PairSummary } from '../../../shared/tally/summarizePair.js';
import { textLanguage } from '../pair-room/listLanguage.js';
import { useFitContent } from './useFitContent.js';

/** Rows grouped by strategy, in list order. */
function groupRows(rows: readonly PlanRow[]): { strategyId: string; strategy: string; rows: PlanRow[] }[] {
  const groups = new Map<string, { strategyId: string; strategy: string; rows: PlanRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.strategyId) ?? { strategyId: row.strategyId, strategy: row.strategy, rows: [] };
    group.rows.push(row);
    groups.set(row.strategyId, group);
  }
  return [...groups.values()];
}

/** Dense plans get smaller type and more columns, so any plan fits the screen. */
const densityOf = (rows: number): string => (rows > 24 ? 'dense' : rows > 12 ? 'medium' : 'roomy');

/** One pair's plan, full screen: who they are, where the plan stands, and every chosen activity by strategy. */
/** `position` is 0 for a pair jumped to by number that is not in the stepping order (it chose nothing). */
export function Spotlight({ pair, list, position, total }: { pair: PairSummary; list: ActivityList; position: number; total: number }) {
  const { t } = useTranslation();
  const rows = useMemo(() => planRows({ plan: pair.plan, list }), [pair.plan, list]);
  const groups = useMemo(() => groupRows(rows), [rows]);
  const box = useRef<HTMLDivElement>(null);
  useFitContent(box, rows);
  const names = pair.present.length > 0 ? pair.present.map((p) => p.name) : pair.members;
  return (
    <section className="pj-spotlight" aria-labelledby="pj-spotlight-heading" data-testid="spotlight" data-pair={pair.n}>
      <header className="pj-spotlight-head">
        <h2 id="pj-spotlight-heading" aria-live="polite">
          {t('projector.spotlightTitle', { n: pair.n })}
          {names.length > 0 && <span className="pj-names"> · {names.join(' & ')}</span>}
        </h2>
        <p className="pj-spotlight-facts">
          <span className={`pj-state pj-state--${pair.state}`}>{t(`dashboard.state.${pair.state}`)}</span>
          <span>{pair.maxTotal === null ? t('rules.chosen', { count: pair.chosenCount }) : t('rules.chosenOfMax', { count: pair.chosenCount, max: pair.maxTotal })}</span>
          {list.hasStrategies && <span>{t('rules.strategies', { covered: pair.coveredCount, total: pair.strategyCount })}</span>}
          {list.hasStrategies && pair.missing.length > 0 && <span className="pj-missing">{t('rules.missing', { list: missingTitles(pair, list).join(', ') })}</span>}
          {position > 0 && <span className="pj-position">{t('projector.position', { position, total })}</span>}
        </p>
      </header>
      {rows.length === 0 ? (
        <p className="pj-empty">{t('projector.nothingChosen')}</p>
      ) : (
        <div ref={box} className={`pj-plan pj-plan--${densityOf(rows.length + groups.length)}`}>
          {groups.map((group) => (
            <section key={group.strategyId} className="pj-plan-group" aria-labelledby={`pj-plan-${group.strategyId}`}>
              <h3 id={`pj-plan-${group.strategyId}`} lang={textLanguage(list, group.strategyId)}>
                {group.strategy}
              </h3>
              <ul>
                {group.rows.map((row) => (
                  <li key={row.itemId} className={row.kind === 'write-in' ? 'pj-plan-writein' : undefined}>
                    {row.mark && (
                      <span className={`pj-mark pj-mark--${row.mark}`} aria-label={t(`item.mark.${row.mark}`)} role="img">
                        {MARK_SYMBOLS[row.mark]}
                      </span>
                    )}
                    <span lang={row.kind === 'listed' ? textLanguage(list, row.itemId) : undefined}>{row.text}</span>
                    {row.kind === 'write-in' && <span className="pj-tag">{t('projector.ownActivity')}</span>}
                    {row.split && <span className="pj-tag pj-tag--split">{t('details.splitTag')}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
