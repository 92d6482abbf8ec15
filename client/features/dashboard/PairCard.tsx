import { useTranslation } from 'react-i18next';
import type { ActivityList } from '../../../shared/lists/types.js';
import { missingTitles, type PairSummary } from '../../../shared/tally/summarizePair.js';
import { shareStyle } from '../leader/shareStyle.js';
import { Icon } from '../shell/Icon.js';
import { isIdle } from './selectPairs.js';

type T = ReturnType<typeof useTranslation>['t'];

/** "just now", "4 min ago", "no changes yet". */
export function formatAge(t: T, lastChangeAt: number | null, serverNow: number): string {
  if (lastChangeAt === null) return t('dashboard.card.never');
  const minutes = Math.floor(Math.max(0, serverNow - lastChangeAt) / 60_000);
  if (minutes < 1) return t('dashboard.card.justNow');
  if (minutes < 60) return t('dashboard.card.minutesAgo', { count: minutes });
  return t('dashboard.card.hoursAgo', { count: Math.floor(minutes / 60) });
}

function People({ pair }: { pair: PairSummary }) {
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

/** The pair room's standing, in a word: followed; over the maximum (the pair must undo something); strategies still missing; or nothing chosen (marked) yet. */
function RulesFact({ pair }: { pair: PairSummary }) {
  const { t } = useTranslation();
  switch (pair.standing) {
    case 'valid':
      return <dd className="fact-ok">{t('dashboard.card.valid')}</dd>;
    case 'over-max':
      return <dd className="fact-bad">{t('dashboard.card.overMax', { count: pair.chosenCount - (pair.maxTotal ?? pair.chosenCount) })}</dd>;
    case 'missing':
      return <dd className="fact-pending">{t('dashboard.card.missing', { count: pair.missing.length })}</dd>;
    case 'empty':
      return <dd className="fact-pending">{t(pair.mode === 'inventory' ? 'dashboard.card.nothingMarked' : 'dashboard.card.nothingChosen')}</dd>;
  }
}

/** Agreed by everyone; or who agreed so far and whom the plan waits for; or not yet. */
function AgreementFact({ pair }: { pair: PairSummary }) {
  const { t } = useTranslation();
  if (pair.agreed) return <dd>{t('dashboard.card.agreedBy', { names: pair.agreedNames.join(', ') })}</dd>;
  const agreed = pair.partners.filter((p) => p.agreed).map((p) => p.name);
  const waiting = pair.partners.filter((p) => !p.agreed).map((p) => p.name);
  if (agreed.length === 0 || waiting.length === 0) return <dd>{t('dashboard.card.notAgreed')}</dd>;
  return <dd>{t('dashboard.card.waitingFor', { agreed: agreed.join(', '), names: waiting.join(', ') })}</dd>;
}

/** One pair at a glance: who is here, how far, valid, agreed, how long since the last change, help. */
export function PairCard({ pair, serverNow, list }: { pair: PairSummary; serverNow: number; list: ActivityList }) {
  const hasStrategies = list.hasStrategies;
  const { t } = useTranslation();
  const idle = isIdle(pair, serverNow);
  const share = pair.maxTotal ? Math.min(1, pair.chosenCount / pair.maxTotal) : pair.strategyCount ? pair.coveredCount / pair.strategyCount : 0;
  return (
    <article className={`pair-card pair-card--${pair.state}${pair.help ? ' pair-card--help' : ''}`} data-testid={`pair-card-${pair.n}`} aria-labelledby={`pair-card-${pair.n}-title`}>
      <header className="pair-card-head">
        <h3 id={`pair-card-${pair.n}-title`}>{t('dashboard.card.title', { n: pair.n })}</h3>
        <span className={`state-badge state-badge--${pair.state}`} data-testid="pair-state">
          {t(`dashboard.state.${pair.state}`)}
        </span>
      </header>
      {pair.help && (
        <p className="pair-help">
          <Icon name="help" /> {t('dashboard.card.help')}
        </p>
      )}
      <People pair={pair} />
      <div className="pair-progress" aria-hidden="true">
        <span className="pair-progress-fill" style={shareStyle(share)} />
      </div>
      <dl className="pair-facts">
        <div>
          <dt>{t('dashboard.card.chosen')}</dt>
          <dd>{pair.maxTotal === null ? pair.chosenCount : t('rules.chosenOfMax', { count: pair.chosenCount, max: pair.maxTotal })}</dd>
        </div>
        {hasStrategies && (
          <div>
            <dt>{t('dashboard.card.strategies')}</dt>
            <dd>{t('dashboard.card.covered', { covered: pair.coveredCount, total: pair.strategyCount })}</dd>
          </div>
        )}
        <div>
          <dt>{t('dashboard.card.rules')}</dt>
          <RulesFact pair={pair} />
        </div>
        <div>
          <dt>{t('dashboard.card.agreement')}</dt>
          <AgreementFact pair={pair} />
        </div>
        <div>
          <dt>{t('dashboard.card.lastChange')}</dt>
          <dd className={idle ? 'fact-idle' : undefined}>
            {formatAge(t, pair.lastChangeAt, serverNow)}
            {idle ? ` · ${t('dashboard.card.idle')}` : ''}
          </dd>
        </div>
      </dl>
      {hasStrategies && pair.missing.length > 0 && pair.state !== 'not-started' && <p className="pair-missing">{t('rules.missing', { list: missingTitles(pair, list).join(', ') })}</p>}
      {pair.splits > 0 && <p className="pair-splits">{t('dashboard.card.splits', { count: pair.splits })}</p>}
    </article>
  );
}
