import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PLAN_FORMATS, WORKSHOP_FORMATS, formatEntries, type WorkshopFormat, type WorkshopFormatId } from '../../../shared/export/formats.js';
import { fetchDownload, planFilePath, workshopFilePath } from '../../api/facilitatorApi.js';
import { useLeader } from '../leader/LeaderContext.js';
import { saveFile } from '../leader/saveFile.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { ZoomLeftOut } from '../leader/ZoomLeftOut.js';

/** Read as plain entries, so the optional fields (`offer`, `downloadName`) read the same on every one. */
const WORKSHOP_FILES = formatEntries<Readonly<Record<WorkshopFormatId, WorkshopFormat>>>(WORKSHOP_FORMATS);
const PLAN_FILES = formatEntries(PLAN_FORMATS);

/**
 * Every export of the registry (`shared/export/formats.ts`), at any time:
 * the workshop's files and each pair's plan. The server wants the facilitator key in a
 * header, so each file is fetched and handed to the browser as a blob.
 */
export function ExportsPanel() {
  const { t, i18n } = useTranslation();
  const { workshop, auth } = useLeader();
  const [pair, setPair] = useState(workshop.pairs[0]?.n ?? 1);
  const action = useLeaderAction();
  const lang = i18n.resolvedLanguage ?? 'en';
  const hasEmails = workshop.pairs.some((p) => p.members.some((m) => m.email));
  const download = (path: string, name: string): void => {
    if (!action.pending) action.run(() => fetchDownload(auth, path, name).then((file) => saveFile(file.blob, file.name)));
  };
  return (
    <section className="panel exports-panel" aria-labelledby="exports-heading">
      <h2 id="exports-heading">{t('dashboard.exports.heading')}</h2>
      <p className="hint">{t('dashboard.exports.hint')}</p>
      <h3>{t('dashboard.exports.workshop')}</h3>
      <div className="button-row">
        {WORKSHOP_FILES.filter(([, format]) => format.offer !== 'withEmails' || hasEmails).map(([file, format]) => (
          <button
            key={file}
            type="button"
            className="button button--small"
            aria-disabled={action.pending || undefined}
            onClick={() => download(workshopFilePath(auth, file, lang), format.downloadName ?? file)}
          >
            {t(format.label)}
          </button>
        ))}
        {/* The report's printable page (the PDF's twin, issue 15). */}
        <Link className="button button--small" href={`/facilitate/${encodeURIComponent(workshop.id)}/report`}>
          {t('report.page')}
        </Link>
      </div>
      {hasEmails && <ZoomLeftOut pairs={workshop.pairs} />}
      <h3>{t('dashboard.exports.pair')}</h3>
      <div className="field field--inline">
        <label htmlFor="export-pair">{t('dashboard.exports.pairLabel')}</label>
        <select id="export-pair" value={pair} onChange={(e) => setPair(Number(e.currentTarget.value))}>
          {workshop.pairs.map((p) => (
            <option key={p.n} value={p.n}>
              {t('dashboard.card.title', { n: p.n })}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        {PLAN_FILES.map(([file, format]) => (
          <button key={file} type="button" className="button button--small" aria-disabled={action.pending || undefined} onClick={() => download(planFilePath(auth, pair, file, lang), file)}>
            {t(format.labels.dashboard, { n: pair })}
          </button>
        ))}
      </div>
      <p role="status" className="live-slot">
        {action.pending ? t('dashboard.exports.downloading') : ''}
      </p>
      <div role="alert" className="live-slot">
        {action.error && <p className="field-error">{action.error}</p>}
      </div>
    </section>
  );
}
