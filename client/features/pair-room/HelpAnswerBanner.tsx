import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { helpStatus } from '../../../shared/protocol/helpAnswer.js';
import { usePlan } from '../../sync/usePlan.js';
import { formatTimeOfDay } from '../leader/formatTimeOfDay.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';
import '../../styles/roomLive.css';

/**
 * "On my way" at the top of the room (issue 14): the leader acknowledged the
 * pair's help request, at this time. Announced once when it arrives; gone
 * when the request is withdrawn, cleared or asked anew.
 */
export function HelpAnswerBanner() {
  const { t, i18n } = useTranslation();
  const { connection } = useRoom();
  const help = usePlan(connection).help;
  const offset = useSyncExternalStore(connection.subscribe, connection.getOffset);
  const answered = helpStatus(help) === 'acknowledged' && help ? help : null;
  return (
    <div role="status" className="live-slot" data-testid="help-answer">
      {answered && (
        <div className="banner banner--answer">
          <span className="banner-icon">
            <Icon name="help" />
          </span>
          <p>
            <strong>{t('live.help.onMyWay')}</strong> {t('live.help.onMyWayAt', { time: formatTimeOfDay(answered.ackAt ?? answered.at, offset, i18n.language) })}
          </p>
        </div>
      )}
    </div>
  );
}
