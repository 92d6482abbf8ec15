import { useTranslation } from 'react-i18next';
import { helpStatus, type HelpAnswer } from '../../../shared/protocol/helpAnswer.js';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { formatTimeOfDay } from '../leader/formatTimeOfDay.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { Icon } from '../shell/Icon.js';
import { formatAge } from './pairFacts.js';
import '../../styles/leaderLive.css';

/**
 * A pair's help request on its card or table row (issue 14): how long ago
 * it was asked, and the leader's answers — "On my way" (shown in the pair
 * room with the time) and "Clear". Nothing when the pair has not asked.
 */
export function HelpRequest({ pair, serverNow }: { pair: PairSummary; serverNow: number }) {
  const { t, i18n } = useTranslation();
  const { auth, connection } = useLeader();
  const action = useLeaderAction();
  const help = pair.plan.help;
  const status = helpStatus(help);
  if (!help || status === 'none') return null;
  const answer = (kind: HelpAnswer): void => {
    if (!action.pending) action.run(() => postLeaderAction(auth, 'help', { pair: pair.n, answer: kind }));
  };
  return (
    <div className={`help-request help-request--${status}`} data-testid={`help-request-${pair.n}`}>
      <p className="help-request-text">
        <Icon name="help" />{' '}
        {status === 'asked'
          ? t('live.help.asked', { age: formatAge(t, help.at, serverNow).toLowerCase() })
          : t('live.help.acknowledged', { time: formatTimeOfDay(help.ackAt ?? help.at, connection.getOffset(), i18n.language) })}
      </p>
      <div className="help-request-actions">
        {status === 'asked' && (
          <button type="button" className="button button--primary button--small" aria-label={t('live.help.acknowledgeLabel', { n: pair.n })} aria-disabled={action.pending || undefined} onClick={() => answer('acknowledge')}>
            {t('live.help.acknowledge')}
          </button>
        )}
        <button type="button" className="button button--quiet button--small" aria-label={t('live.help.clearLabel', { n: pair.n })} aria-disabled={action.pending || undefined} onClick={() => answer('clear')}>
          {t('live.help.clear')}
        </button>
      </div>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </div>
  );
}
