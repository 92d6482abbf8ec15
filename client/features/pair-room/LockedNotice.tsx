import { useTranslation } from 'react-i18next';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';

/** "The leader has locked the plans", announced when it happens. */
export function LockedNotice() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const locked = useWorkshopLive(connection)?.locked ?? false;
  return (
    <div role="status" className="live-slot" data-testid="locked-notice">
      {locked && (
        <div className="banner banner--locked">
          <span className="banner-icon">
            <Icon name="lock" />
          </span>
          <p>{t('room.locked')}</p>
        </div>
      )}
    </div>
  );
}
