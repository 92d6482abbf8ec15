import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDownload, planFilePath, workshopFilePath, PLAN_FILES, type PlanFile, type WorkshopFile } from '../../api/facilitatorApi.js';
import type { KeysUnder } from '../../../shared/i18n/messages.js';
import { useLeader } from '../leader/LeaderContext.js';
import { saveFile } from '../leader/saveFile.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';

const WORKSHOP_DOWNLOADS = ['plans.csv', 'tally.csv', 'workshop.json', 'bundle.zip'] as const satisfies readonly WorkshopFile[];
const WORKSHOP_LABELS: Record<(typeof WORKSHOP_DOWNLOADS)[number], KeysUnder<'dashboard.exports.file'>> = {
  'plans.csv': 'plans-csv',
  'tally.csv': 'tally-csv',
  'workshop.json': 'workshop-json',
  'bundle.zip': 'bundle-zip',
};
const PLAN_LABELS: Record<PlanFile, KeysUnder<'dashboard.exports.plan'>> = { 'plan.pdf': 'pdf', 'plan.md': 'markdown', 'plan.csv': 'csv', 'plan.json': 'json' };

/**
 * Every export, at any time: each pair's plan (PDF, Markdown, CSV, JSON)
 * and the workshop's files. The server wants the facilitator key in a
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
        {WORKSHOP_DOWNLOADS.map((file) => (
          <button key={file} type="button" className="button button--small" aria-disabled={action.pending || undefined} onClick={() => download(workshopFilePath(auth, file, lang), file)}>
            {t(`dashboard.exports.file.${WORKSHOP_LABELS[file]}`)}
          </button>
        ))}
        {hasEmails && (
          <button type="button" className="button button--small" aria-disabled={action.pending || undefined} onClick={() => download(workshopFilePath(auth, 'zoom-rooms.csv', lang), 'zoom-breakout-rooms.csv')}>
            {t('leader.zoomCsv')}
          </button>
        )}
      </div>
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
        {PLAN_FILES.map((file) => (
          <button key={file} type="button" className="button button--small" aria-disabled={action.pending || undefined} onClick={() => download(planFilePath(auth, pair, file, lang), file)}>
            {t(`dashboard.exports.plan.${PLAN_LABELS[file]}`, { n: pair })}
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
