import { useTranslation } from 'react-i18next';
import { useConnectionNotice } from '../../sync/useConnectionStatus.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';

/** Says that the server refused the last change (and the plan was reloaded), until dismissed; or that saving failed and is retried, until it works. */
export function ConnectionNotice() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const notice = useConnectionNotice(connection);
  return (
    <div role="alert" className="live-slot" data-testid="connection-notice">
      {notice && (
        <div className="banner banner--warn">
          <span className="banner-icon">
            <Icon name="alert" />
          </span>
          <p>{t(notice.messageKey, notice.params)}</p>
          <button type="button" className="button button--quiet button--small" onClick={() => connection.dismissNotice()}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
