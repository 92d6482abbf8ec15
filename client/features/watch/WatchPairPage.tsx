import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LeaderGate } from '../leader/LeaderGate.js';
import { useLeader } from '../leader/LeaderContext.js';
import { usePageTitle } from '../shell/usePageTitle.js';
import { useWatchRoom } from './useWatchRoom.js';
import { WatchActions } from './WatchActions.js';
import { WatchRoom } from './WatchRoom.js';

function WatchPair({ pair }: { pair: number }) {
  const { t } = useTranslation();
  const { workshop, auth } = useLeader();
  const exists = workshop.pairs.some((p) => p.n === pair);
  const connection = useWatchRoom(workshop.id, exists ? pair : null, auth.key, workshop.rules.maxTotal);
  usePageTitle(t('watch.pageTitle', { n: pair, title: workshop.title }));
  if (!exists) {
    return (
      <div className="page-narrow card" role="alert">
        <h1>{t('watch.noPairTitle', { n: pair })}</h1>
        <p>
          <Link href={`/facilitate/${encodeURIComponent(workshop.id)}`}>{t('watch.back')}</Link>
        </p>
      </div>
    );
  }
  if (connection === null) {
    return (
      <p className="page-narrow loading" role="status">
        {t('room.loading')}
      </p>
    );
  }
  return <WatchRoom key={`${workshop.id}/${pair}`} connection={connection} workshop={workshop} pair={pair} actions={<WatchActions connection={connection} pair={pair} />} />;
}

/** `/facilitate/:workshopId/pair/:n`: the leader opens one pair's room, read-only and live (issue 14 "Open a pair"). */
export function WatchPairPage({ workshopId, pair }: { workshopId: string; pair: string }) {
  const n = /^\d{1,4}$/.test(pair) ? Number(pair) : 0;
  return (
    <LeaderGate workshopId={workshopId}>
      <WatchPair pair={n} />
    </LeaderGate>
  );
}
