import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../../shared/protocol/clock.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useServerNow } from '../../sync/useServerNow.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import '../../styles/leaderLive.css';

/**
 * At zero (issue 14): "Need more time?" before anything locks — the +2 / +5
 * buttons are the clock panel's — and, when the workshop locks by itself,
 * how long until it does, with "Lock the plans now".
 */
export function TimesUpPrompt() {
  const { t } = useTranslation();
  const { connection, auth } = useLeader();
  const live = useWorkshopLive(connection);
  const serverNow = useServerNow(connection, 500);
  const action = useLeaderAction();
  const autoLockAt = live && !live.locked ? (live.autoLockAt ?? null) : null;
  return (
    <div className="times-up-prompt" role="alert" data-testid="times-up-prompt">
      <p className="clock-more">{t('dashboard.clock.needMore')}</p>
      {autoLockAt !== null && <p className="times-up-lock-in">{t('live.timesUp.lockIn', { time: formatRemaining(autoLockAt - serverNow) })}</p>}
      {live && !live.locked && (
        <button type="button" className="button button--small" aria-disabled={action.pending || undefined} onClick={() => !action.pending && action.run(() => postLeaderAction(auth, 'lock', {}))}>
          {t('live.timesUp.lockNow')}
        </button>
      )}
    </div>
  );
}
