import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePairRoom } from '../../sync/usePairRoom.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { PairRoom } from './PairRoom.js';

/** `/w/:workshopId`: loads the session, then shows the pair room (or why it cannot). */
export function PairRoomPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const room = usePairRoom(workshopId);
  usePageTitle(room.status === 'ready' ? t('room.pageTitle', { n: room.session.pair, title: room.workshop.title }) : t('room.loading'));
  switch (room.status) {
    case 'loading':
      return (
        <p className="page-narrow loading" role="status">
          {t('room.loading')}
        </p>
      );
    case 'error':
      return (
        <div className="page-narrow card" role="alert">
          <h1>{t('room.errorTitle')}</h1>
          <p>{'key' in room.message ? t(room.message.key) : room.message.text}</p>
          <p className="actions">
            <button type="button" className="button" onClick={room.retry}>
              {t('app.retry')}
            </button>{' '}
            <Link href="/" className="button button--quiet">
              {t('join.anotherCode')}
            </Link>
          </p>
        </div>
      );
    case 'ready':
      return <PairRoom key={room.connection.workshopId} connection={room.connection} session={room.session} workshop={room.workshop} />;
  }
}
