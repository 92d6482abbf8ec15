import { useTranslation } from 'react-i18next';
import { useWatchers } from '../../sync/useWatchers.js';
import { Icon } from '../shell/Icon.js';
import { useRoom } from './RoomContext.js';
import '../../styles/watch.css';

/**
 * "The workshop leader is looking at your room": partners know when the
 * leader opened their pair from the dashboard (issue 14). The leader is
 * never listed as a partner; this line says it instead, and goes when they leave.
 */
export function LeaderWatchingNotice() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const watchers = useWatchers(connection);
  return (
    <div role="status" className="live-slot" data-testid="leader-watching">
      {watchers > 0 && !connection.readOnly && (
        <p className="leader-watching">
          <Icon name="eye" /> {t('watch.partnerNotice')}
        </p>
      )}
    </div>
  );
}
