import { useTranslation } from 'react-i18next';
import type { ActivityList } from '../../../shared/lists/types.js';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { OpenPairLink } from './OpenPairLink.js';
import { agreementFact, chosenFact, lastChangeFact, rulesFact } from './pairFacts.js';
import { HelpRequest } from './HelpRequest.js';
import { PairMessageForm } from './PairMessageForm.js';

/**
 * Every pair as one compact row — for a real workshop of 30 pairs and more,
 * where the cards take ten screens: the same facts as a card, in the same
 * words (pairFacts.ts).
 */
export function PairsTable({ pairs, serverNow, list }: { pairs: readonly PairSummary[]; serverNow: number; list: ActivityList }) {
  const { t } = useTranslation();
  return (
    <table className="pairs-table" data-testid="pairs-table">
      <caption className="visually-hidden">{t('dashboard.pairs.table.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboard.pairs.table.pair')}</th>
          <th scope="col">{t('dashboard.pairs.table.here')}</th>
          <th scope="col">{t('dashboard.pairs.table.chosen')}</th>
          {list.hasStrategies && <th scope="col">{t('dashboard.pairs.table.strategies')}</th>}
          <th scope="col">{t('dashboard.pairs.table.rules')}</th>
          <th scope="col">{t('dashboard.pairs.table.agreement')}</th>
          <th scope="col">{t('dashboard.pairs.table.lastChange')}</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => {
          const rules = rulesFact(t, pair);
          const lastChange = lastChangeFact(t, pair, serverNow);
          return (
            <tr key={pair.n} className={`pairs-row pairs-row--${pair.state}${pair.help ? ' pairs-row--help' : ''}`} data-testid={`pair-row-${pair.n}`}>
              <th scope="row">
                <OpenPairLink n={pair.n} inline />
                <HelpRequest pair={pair} serverNow={serverNow} />
                <PairMessageForm pair={pair.n} compact />
              </th>
              <td>{pair.present.length > 0 ? pair.present.map((p) => p.name).join(', ') : <span className="pair-nobody">{t('dashboard.card.nobody')}</span>}</td>
              <td>{chosenFact(t, pair)}</td>
              {list.hasStrategies && <td>{t('dashboard.card.covered', { covered: pair.coveredCount, total: pair.strategyCount })}</td>}
              <td className={`fact-${rules.tone}`}>{rules.text}</td>
              <td>{agreementFact(t, pair)}</td>
              <td className={lastChange.idle ? 'fact-idle' : undefined}>{lastChange.text}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
