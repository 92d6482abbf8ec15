import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLeader } from '../leader/LeaderContext.js';

/** "Open" on a pair's card or row: its room, read-only and live (issue 14 "Open a pair"). */
export function OpenPairLink({ n }: { n: number }) {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  return (
    <Link href={`/facilitate/${encodeURIComponent(workshop.id)}/pair/${n}`} className="button button--quiet button--small open-pair" data-testid={`open-pair-${n}`}>
      {t('watch.open')}
      <span className="visually-hidden"> {t('watch.openPair', { n })}</span>
    </Link>
  );
}
