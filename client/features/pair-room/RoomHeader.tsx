import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { leaveWorkshop } from '../../api/sessionApi.js';
import type { RoomWorkshop, Session } from '../../../shared/protocol/responses.js';
import { ConnectionStatusBadge } from './ConnectionStatusBadge.js';
import { PresenceList } from './PresenceList.js';

/** Workshop title, pair number, who is here, the connection, and "Not you?". */
export function RoomHeader({ session, workshop }: { session: Session; workshop: RoomWorkshop }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const handleLeave = (): void => {
    const toJoin = (): void => navigate(`/j/${workshop.joinCode}`);
    leaveWorkshop(workshop.id).then(toJoin, toJoin);
  };
  return (
    <div className="room-header">
      <div className="room-title">
        <h1>{workshop.title}</h1>
        <p className="room-pair">
          <span className="pair-chip" data-testid="pair-number">
            {t('room.pairTitle', { n: session.pair })}
          </span>
          <span className="room-you">{t('room.youAre', { name: session.name })}</span>{' '}
          <button type="button" className="link-button not-you" aria-label={t('room.notYou')} onClick={handleLeave}>
            {/* A phone shows the question only; the button keeps its whole name. */}
            <span aria-hidden="true">{t('room.notYouShort')}</span>
            <span className="not-you-rest" aria-hidden="true">
              {' '}
              {t('room.notYouRest')}
            </span>
          </button>
        </p>
      </div>
      <div className="room-meta">
        <PresenceList />
        <ConnectionStatusBadge joinCode={workshop.joinCode} />
      </div>
    </div>
  );
}
