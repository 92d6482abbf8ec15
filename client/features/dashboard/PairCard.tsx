import { useTranslation } from 'react-i18next';
import type { ActivityList } from '../../../shared/lists/types.js';
import { missingTitles, type PairSummary } from '../../../shared/tally/summarizePair.js';
import { shareStyle } from '../leader/shareStyle.js';
import { MoveControl } from './MoveControl.js';
import { OpenPairLink } from './OpenPairLink.js';
import { HelpRequest } from './HelpRequest.js';
import { PairMessageForm } from './PairMessageForm.js';
import { agreementFact, chosenFact, lastChangeFact, rulesFact } from './pairFacts.js';

/** Who is here, and every partner who is not (roster members and those who joined earlier, issue 12). */
export function People({ pair }: { pair: PairSummary }) {
  const { t } = useTranslation();
  const here = new Set(pair.present.map((p) => p.name.toLowerCase()));
  // Every partner who is not in the room now: roster members and those who joined earlier (issue 12).
  const away = pair.partners.map((p) => p.name).filter((name) => !here.has(name.toLowerCase()));
  return (
    <p className="pair-people">
      {pair.present.length > 0 ? (
        <span>
          <span className="presence-dot" aria-hidden="true" />
          {t('dashboard.card.here', { names: pair.present.map((p) => p.name).join(', ') })}
        </span>
      ) : (
        <span className="pair-nobody">{t('dashboard.card.nobody')}</span>
      )}
      {away.length > 0 && <span className="pair-away"> {t('dashboard.card.away', { names: away.join(', ') })}</span>}
    </p>
  );
}

/** One pair at a glance: who is here, how far, valid, agreed, how long since the last change, help. */
export function PairCard({ pair, serverNow, list }: { pair: PairSummary; serverNow: number; list: ActivityList }) {
  const hasStrategies = list.hasStrategies;
  const { t } = useTranslation();
  const lastChange = lastChangeFact(t, pair, serverNow);
  const rules = rulesFact(t, pair);
  const share = pair.maxTotal ? Math.min(1, pair.chosenCount / pair.maxTotal) : pair.strategyCount ? pair.coveredCount / pair.strategyCount : 0;
  return (
    <article className={`pair-card pair-card--${pair.state}${pair.help ? ' pair-card--help' : ''}`} data-testid={`pair-card-${pair.n}`} aria-labelledby={`pair-card-${pair.n}-title`}>
      <header className="pair-card-head">
        <h3 id={`pair-card-${pair.n}-title`}>{t('dashboard.card.title', { n: pair.n })}</h3>
        <span className={`state-badge state-badge--${pair.state}`} data-testid="pair-state">
          {t(`dashboard.state.${pair.state}`)}
        </span>
        <OpenPairLink n={pair.n} />
      </header>
      <HelpRequest pair={pair} serverNow={serverNow} />
      <People pair={pair} />
      <div className="pair-progress" aria-hidden="true">
        <span className="pair-progress-fill" style={shareStyle(share)} />
      </div>
      <dl className="pair-facts">
        <div>
          <dt>{t('dashboard.card.chosen')}</dt>
          <dd>{chosenFact(t, pair)}</dd>
        </div>
        {hasStrategies && (
          <div>
            <dt>{t('dashboard.card.strategies')}</dt>
            <dd>{t('dashboard.card.covered', { covered: pair.coveredCount, total: pair.strategyCount })}</dd>
          </div>
        )}
        <div>
          <dt>{t('dashboard.card.rules')}</dt>
          <dd className={`fact-${rules.tone}`}>{rules.text}</dd>
        </div>
        <div>
          <dt>{t('dashboard.card.agreement')}</dt>
          <dd>{agreementFact(t, pair)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.card.lastChange')}</dt>
          <dd className={lastChange.idle ? 'fact-idle' : undefined}>{lastChange.text}</dd>
        </div>
      </dl>
      {hasStrategies && pair.missing.length > 0 && pair.state !== 'not-started' && <p className="pair-missing">{t('rules.missing', { list: missingTitles(pair, list).join(', ') })}</p>}
      {pair.splits > 0 && <p className="pair-splits">{t('dashboard.card.splits', { count: pair.splits })}</p>}
      <div className="pair-card-actions">
        <MoveControl n={pair.n} people={[...pair.present.map((p) => p.name), ...pair.partners.map((p) => p.name)]} />
        <PairMessageForm pair={pair.n} />
      </div>
    </article>
  );
}
