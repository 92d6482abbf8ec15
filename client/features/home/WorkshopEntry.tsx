import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RememberedWorkshop } from '../leader/rememberedWorkshops.js';

function formatDate(epochMs: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
  } catch {
    return new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ');
  }
}

export interface WorkshopEntryProps {
  readonly workshop: RememberedWorkshop;
  readonly onArchive: (archived: boolean) => void;
  readonly onForget: () => void;
  readonly onDelete: () => void;
}

/** One of "my workshops": open it, archive it (or bring it back), forget it on this browser, or delete it for good. */
export function WorkshopEntry({ workshop, onArchive, onForget, onDelete }: WorkshopEntryProps) {
  const { t, i18n } = useTranslation();
  const title = workshop.title || t('leader.home.untitled');
  const archived = workshop.archived === true;
  return (
    <li className="my-workshop" data-testid={`my-workshop-${workshop.id}`}>
      <div>
        <Link href={`/facilitate/${workshop.id}`}>{title}</Link>
        <span className="hint"> {t('leader.home.created', { date: formatDate(workshop.created, i18n.language) })}</span>
      </div>
      <div className="my-workshop-actions">
        <button type="button" className="link-button" aria-label={t(archived ? 'myWorkshops.unarchiveLabel' : 'myWorkshops.archiveLabel', { title })} onClick={() => onArchive(!archived)}>
          {t(archived ? 'myWorkshops.unarchive' : 'myWorkshops.archive')}
        </button>
        <button type="button" className="link-button remembered-forget" aria-label={t('leader.home.forgetLabel', { title })} onClick={onForget}>
          {t('leader.home.forget')}
        </button>
        <button type="button" className="link-button my-workshop-delete" aria-label={t('myWorkshops.deleteLabel', { title })} onClick={onDelete}>
          {t('myWorkshops.delete')}
        </button>
      </div>
    </li>
  );
}
