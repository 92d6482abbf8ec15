import { useTranslation } from 'react-i18next';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { Icon } from '../shell/Icon.js';

/** Lock every plan (the server then refuses writes; rooms turn read-only), or open them again. */
export function LockPanel() {
  const { t } = useTranslation();
  const { connection, auth } = useLeader();
  const locked = useWorkshopLive(connection)?.locked ?? false;
  const action = useLeaderAction();
  const handleClick = (): void => {
    if (!action.pending) action.run(() => postLeaderAction(auth, locked ? 'unlock' : 'lock', {}));
  };
  return (
    <section className="panel lock-panel" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('dashboard.lock.heading')}</h2>
      <p role="status" className={`lock-state lock-state--${locked ? 'locked' : 'open'}`} data-testid="lock-state">
        {locked && <Icon name="lock" />} {locked ? t('dashboard.lock.locked') : t('dashboard.lock.open')}
      </p>
      <button type="button" className={`button ${locked ? 'button--secondary' : ''}`} aria-disabled={action.pending || undefined} onClick={handleClick}>
        {locked ? t('dashboard.lock.unlock') : t('dashboard.lock.lock')}
      </button>
      <div role="alert" className="live-slot">
        {action.error && <p className="field-error">{action.error}</p>}
      </div>
    </section>
  );
}
