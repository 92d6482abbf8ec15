import { useTranslation } from 'react-i18next';
import { formatRemaining } from '../../../shared/protocol/clock.js';
import { useCountdown } from '../../sync/useCountdown.js';
import { useServerNow } from '../../sync/useServerNow.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';

/**
 * Time's up as the pair sees it coming (issue 14): a banner from the
 * workshop's chosen warning time ("Almost time: 2:00 left"), and after zero,
 * when the workshop locks by itself, how long until it does. The countdown
 * announces the phase; this banner only shows it.
 */
export function TimesUpNotice() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const live = useWorkshopLive(connection);
  const countdown = useCountdown(connection);
  // The countdown stops ticking at zero; the lock's own countdown needs a tick of its own.
  const serverNow = useServerNow(connection, 500);
  const autoLockAt = live && !live.locked ? (live.autoLockAt ?? null) : null;
  let text = '';
  if (countdown?.phase === 'warning') text = t('live.timesUp.warningBanner', { time: countdown.text });
  else if (countdown?.phase === 'up' && autoLockAt !== null) {
    text = t('live.timesUp.lockInRoom', { time: formatRemaining(autoLockAt - serverNow) });
  }
  return (
    <div className="live-slot" data-testid="times-up-notice">
      {text && (
        <div className="banner banner--warn">
          <span className="banner-icon">
            <Icon name="bell" />
          </span>
          <p>{text}</p>
        </div>
      )}
    </div>
  );
}
