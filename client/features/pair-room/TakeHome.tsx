import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PLAN_FORMATS, formatEntries } from '../../../shared/export/formats.js';

/** The pair's own files: the registry's plan formats a partner may download. */
const FILES = formatEntries(PLAN_FORMATS).flatMap(([file, format]) => (format.access === 'pair' ? [{ file, label: format.labels.room }] : []));

/** "Take it home": download the pair's plan (each of its formats) or open the print view. */
export function TakeHome({ workshopId, pair }: { workshopId: string; pair: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/pairs/${pair}`;
  return (
    <section className="card take-home" aria-labelledby="take-home-heading" data-testid="take-home">
      <h2 id="take-home-heading">{t('takeHome.heading')}</h2>
      <p className="hint">{t('takeHome.hint')}</p>
      <ul className="take-home-links">
        {FILES.map(({ file, label }) => (
          <li key={file}>
            <a className="button button--secondary button--small" href={`${base}/${file}?lang=${encodeURIComponent(lang)}`} download>
              {t(label)}
            </a>
          </li>
        ))}
        <li>
          <Link className="button button--quiet button--small" href={`/w/${encodeURIComponent(workshopId)}/print`}>
            {t('takeHome.print')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
