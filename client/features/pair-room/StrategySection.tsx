import { useTranslation } from 'react-i18next';
import type { Strategy } from '../../../shared/lists/types.js';
import { formatStrategyStanding } from '../../../shared/rules/formatPlanStatus.js';
import { usePlan } from '../../sync/usePlan.js';
import { ActivityItem } from './ActivityItem.js';
import { InventoryItem } from './InventoryItem.js';
import { listLanguage } from './listLanguage.js';
import { useRoom } from './RoomContext.js';
import { useEvaluation } from './useEvaluation.js';
import { WriteInItem } from './WriteInItem.js';
import { WriteInLine } from './WriteInLine.js';

/** One strategy: heading, description, whether it is covered, its activities and write-ins. */
export function StrategySection({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const { connection, list } = useRoom();
  const plan = usePlan(connection);
  const standing = useEvaluation().strategies.find((s) => s.strategyId === strategy.id);
  const writeIns = Object.entries(plan.writeIns).filter(([, w]) => w.strategyId === strategy.id);
  const headingId = `strategy-${strategy.id}`;
  const Item = list.mode === 'inventory' ? InventoryItem : ActivityItem;
  return (
    <section className="card strategy" aria-labelledby={headingId} data-testid={headingId}>
      <div className="strategy-head">
        <h2 id={headingId} lang={listLanguage(list, strategy)}>
          {strategy.title}
        </h2>
        {standing && list.hasStrategies && (
          <p className={`coverage-pill coverage-pill--${standing.state}`} data-testid={`coverage-${strategy.id}`}>
            <span aria-hidden="true">{standing.covered ? '✓ ' : '○ '}</span>
            {formatStrategyStanding(standing, list.mode, t)}
          </p>
        )}
      </div>
      {strategy.description && (
        <p className="strategy-desc" lang={listLanguage(list, strategy)}>
          {strategy.description}
        </p>
      )}
      <ul className="items">
        {strategy.activities.map((activity) => (
          <Item key={activity.id} activity={activity} pick={plan.picks[activity.id]} />
        ))}
        {writeIns.map(([id, w]) => (
          <WriteInItem key={id} id={id} writeIn={w} />
        ))}
      </ul>
      {list.writeIns && <WriteInLine strategy={strategy} count={writeIns.length} />}
    </section>
  );
}
