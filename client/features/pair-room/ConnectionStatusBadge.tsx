import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useConnectionStatus } from '../../sync/useConnectionStatus.js';
import { useRoom } from './RoomContext.js';
import '../../styles/connection.css';

/** "Connected" / "Reconnecting…" with the reason / the final close message and a way back in. */
export function ConnectionStatusBadge({ joinCode }: { joinCode: string }) {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const status = useConnectionStatus(connection);
  const reason = status.close ? t(status.close.messageKey, status.close.params) : null;
  return (
    <div className={`connection connection--${status.state}`} role="status" data-testid="connection-status">
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-state">{t(`connection.${status.state}`)}</span>
      {reason && status.state !== 'connected' && <span className="connection-reason"> {reason}</span>}
      {status.state === 'closed' && status.close?.action === 'rejoin' && (
        <Link href={`/j/${joinCode}`} className="button button--small">
          {t('room.joinAgain')}
        </Link>
      )}
    </div>
  );
}
