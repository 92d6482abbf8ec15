import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLeader } from '../leader/LeaderContext.js';
import '../../styles/openPair.css';

/**
 * "Open" on a pair's card (a small button), or in its table row the pair's
 * name itself as the link (no wider than before, so the row stays one line):
 * its room, read-only and live (issue 14 "Open a pair").
 */
export function OpenPairLink({ n, inline = false }: { n: number; inline?: boolean }) {
  const { t } = useTranslation();
  const { workshop } = useLeader();
  return (
    <Link href={`/facilitate/${encodeURIComponent(workshop.id)}/pair/${n}`} className={inline ? 'open-pair-link' : 'button button--quiet button--small open-pair'} data-testid={`open-pair-${n}`}>
      {inline ? t('dashboard.card.title', { n }) : t('watch.open')}
      <span className="visually-hidden"> {inline ? t('watch.openPairInline') : t('watch.openPair', { n })}</span>
    </Link>
  );
}
