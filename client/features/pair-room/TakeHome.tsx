import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The pair's plan files: what the server builds for this pair, in the person's language. */
const FILES = [
  { file: 'plan.pdf', key: 'takeHome.pdf' },
  { file: 'plan.md', key: 'takeHome.markdown' },
  { file: 'plan.csv', key: 'takeHome.csv' },
  { file: 'plan.json', key: 'takeHome.json' },
] as const;

/** "Take it home": download the pair's plan (PDF, Markdown, CSV, JSON) or open the print view. */
export function TakeHome({ workshopId, pair }: { workshopId: string; pair: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const base = `/api/workshops/${encodeURIComponent(workshopId)}/pairs/${pair}`;
  return (
    <section className="card take-home" aria-labelledby="take-home-heading" data-testid="take-home">
      <h2 id="take-home-heading">{t('takeHome.heading')}</h2>
      <p className="hint">{t('takeHome.hint')}</p>
      <ul className="take-home-links">
        {FILES.map(({ file, key }) => (
          <li key={file}>
            <a className="button button--secondary button--small" href={`${base}/${file}?lang=${encodeURIComponent(lang)}`} download>
              {t(key)}
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
