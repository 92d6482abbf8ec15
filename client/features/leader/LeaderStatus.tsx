import { useTranslation } from 'react-i18next';
import { useDashboardStatus } from '../../sync/useDashboard.js';
import { useLeader } from './LeaderContext.js';
import '../../styles/connection.css';

/** Whether the live stream is up, in words (and why it dropped, while it reconnects). */
export function LeaderStatus() {
  const { t } = useTranslation();
  const status = useDashboardStatus(useLeader().connection);
  const reason = status.state !== 'connected' && status.close ? t(status.close.messageKey) : '';
  return (
    <div role="status" className={`connection connection--${status.state}`} data-testid="leader-connection">
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-state">{t(`connection.${status.state}`)}</span>
      {reason && <span className="connection-reason"> {reason}</span>}
    </div>
  );
}
