import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import '../../styles/leaderStart.css';
import type { RememberedWorkshop } from '../leader/rememberedWorkshops.js';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog.js';
import { RestoreWorkshop } from './RestoreWorkshop.js';
import { useMyWorkshops, type MyWorkshopsNotice } from './useMyWorkshops.js';
import { WorkshopEntry } from './WorkshopEntry.js';

function Notice({ notice, onUndo }: { notice: MyWorkshopsNotice; onUndo: () => void }) {
  const { t } = useTranslation();
  const untitled = t('leader.home.untitled');
  switch (notice.kind) {
    case 'forgotten':
      return (
        <p className="hint">
          {t('leader.home.forgotten', { title: notice.workshop.title || untitled })}{' '}
          <button type="button" className="link-button" onClick={onUndo}>
            {t('leader.home.undo')}
          </button>
        </p>
      );
    case 'restored':
      return (
        <p className="hint">
          {t('myWorkshops.restored', { title: notice.title || untitled })} <Link href={`/facilitate/${notice.id}`}>{t('myWorkshops.openRestored')}</Link>
        </p>
      );
    default:
      return <p className="hint">{t(`myWorkshops.${notice.kind}`, { title: notice.title || untitled })}</p>;
  }
}

/**
 * The start page's part for leaders: "New workshop", the workshops this
 * browser runs (open, archive, forget, delete for good after a confirmation
 * that names it) and restoring one from a workshop.json (issue 14).
 */
export function LeaderStart() {
  const { t } = useTranslation();
  const mine = useMyWorkshops();
  const [deleting, setDeleting] = useState<RememberedWorkshop | null>(null);
  const entry = (w: RememberedWorkshop) => <WorkshopEntry key={w.id} workshop={w} onArchive={(on) => mine.archive(w, on)} onForget={() => mine.forget(w)} onDelete={() => setDeleting(w)} />;
  return (
    <section className="page-narrow card home-leader" aria-labelledby="home-leader-heading">
      <h2 id="home-leader-heading">{t('leader.home.heading')}</h2>
      <p>{t('leader.home.intro')}</p>
      <Link href="/new" className="button button--primary">
        {t('leader.home.newWorkshop')}
      </Link>
      {mine.active.length > 0 && (
        <>
          <h3 className="home-leader-list-heading">{t('leader.home.yours')}</h3>
          <ul className="remembered-workshops" data-testid="remembered-workshops">
            {mine.active.map(entry)}
          </ul>
        </>
      )}
      {mine.archived.length > 0 && (
        <details className="archived-workshops" data-testid="archived-workshops">
          <summary>{t('myWorkshops.archivedHeading', { count: mine.archived.length })}</summary>
          <p className="hint">{t('myWorkshops.archivedHint')}</p>
          <ul className="remembered-workshops">{mine.archived.map(entry)}</ul>
        </details>
      )}
      <div role="status" className="live-slot" data-testid="my-workshops-status">
        {mine.notice && <Notice notice={mine.notice} onUndo={mine.undoForget} />}
      </div>
      <RestoreWorkshop onRestored={mine.restored} />
      {deleting && <DeleteWorkshopDialog title={deleting.title || t('leader.home.untitled')} onConfirm={() => mine.remove(deleting)} onClose={() => setDeleting(null)} />}
    </section>
  );
}
