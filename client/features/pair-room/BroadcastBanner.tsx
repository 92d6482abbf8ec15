import { useTranslation } from 'react-i18next';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { dismissBroadcast, useUiStore } from '../../stores/uiStore.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';

/** The leader's message to every pair. The live region is always there, so a new message is announced. */
export function BroadcastBanner() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const broadcast = useWorkshopLive(connection)?.broadcast ?? null;
  const dismissed = useUiStore((s) => s.dismissedBroadcastId);
  const shown = broadcast !== null && broadcast.text !== '' && broadcast.id !== dismissed ? broadcast : null;
  return (
    <div role="status" className="live-slot" data-testid="broadcast">
      {shown && (
        <div className="banner banner--broadcast">
          <span className="banner-icon">
            <Icon name="megaphone" />
          </span>
          <p>
            <strong>{t('room.broadcastLabel')}</strong> {shown.text}
          </p>
          <button type="button" className="button button--quiet button--small" onClick={() => dismissBroadcast(shown.id)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
