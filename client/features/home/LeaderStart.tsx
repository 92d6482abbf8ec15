import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import '../../styles/leaderStart.css';
import { forgetWorkshop, listRememberedWorkshops, rememberWorkshop, type RememberedWorkshop } from '../leader/rememberedWorkshops.js';

function formatDate(epochMs: number, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(epochMs);
  } catch {
    return new Date(epochMs).toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** The start page's part for leaders: "New workshop", and the workshops this browser remembers, to reopen or forget. */
export function LeaderStart() {
  const { t, i18n } = useTranslation();
  const [workshops, setWorkshops] = useState(listRememberedWorkshops);
  const [forgotten, setForgotten] = useState<RememberedWorkshop | null>(null);
  const handleForget = (workshop: RememberedWorkshop): void => {
    forgetWorkshop(workshop.id);
    setForgotten(workshop);
    setWorkshops(listRememberedWorkshops());
  };
  const handleUndo = (): void => {
    if (forgotten) rememberWorkshop(forgotten);
    setForgotten(null);
    setWorkshops(listRememberedWorkshops());
  };
  return (
    <section className="page-narrow card home-leader" aria-labelledby="home-leader-heading">
      <h2 id="home-leader-heading">{t('leader.home.heading')}</h2>
      <p>{t('leader.home.intro')}</p>
      <Link href="/new" className="button button--primary">
        {t('leader.home.newWorkshop')}
      </Link>
      {workshops.length > 0 && (
        <>
          <h3 className="home-leader-list-heading">{t('leader.home.yours')}</h3>
          <ul className="remembered-workshops" data-testid="remembered-workshops">
            {workshops.map((w) => {
              const title = w.title || t('leader.home.untitled');
              return (
                <li key={w.id}>
                  <Link href={`/facilitate/${w.id}`}>{title}</Link>
                  <span className="hint"> {t('leader.home.created', { date: formatDate(w.created, i18n.language) })}</span>{' '}
                  <button type="button" className="link-button remembered-forget" aria-label={t('leader.home.forgetLabel', { title })} onClick={() => handleForget(w)}>
                    {t('leader.home.forget')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div role="status" className="live-slot">
        {forgotten && (
          <p className="hint">
            {t('leader.home.forgotten', { title: forgotten.title || t('leader.home.untitled') })}{' '}
            <button type="button" className="link-button" onClick={handleUndo}>
              {t('leader.home.undo')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
