import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { dismissBroadcast, useUiStore } from '../../stores/uiStore.js';
import { formatTimeOfDay } from '../leader/formatTimeOfDay.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';

/**
 * The leader's latest message for this pair — to every pair, or to this pair
 * only (issue 14) — with the time it was sent. The live region is always
 * there, so a new message is announced.
 */
export function BroadcastBanner() {
  const { t, i18n } = useTranslation();
  const { connection } = useRoom();
  const broadcast = useWorkshopLive(connection)?.broadcast ?? null;
  const offset = useSyncExternalStore(connection.subscribe, connection.getOffset);
  const dismissed = useUiStore((s) => s.dismissedBroadcastId);
  const shown = broadcast !== null && broadcast.text !== '' && broadcast.id !== dismissed ? broadcast : null;
  return (
    <div role="status" className="live-slot" data-testid="broadcast">
      {shown && (
        <div className={shown.pair === undefined ? 'banner banner--broadcast' : 'banner banner--broadcast banner--own'}>
          <span className="banner-icon">
            <Icon name="megaphone" />
          </span>
          <p>
            <strong>{shown.pair === undefined ? t('live.message.fromLeader') : t('live.message.forYourPair')}</strong>{' '}
            <span className="banner-time">({t('live.message.at', { time: formatTimeOfDay(shown.at, offset, i18n.language) })}):</span> {shown.text}
          </p>
          <button type="button" className="button button--quiet button--small" onClick={() => dismissBroadcast(shown.id)}>
            {t('app.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
