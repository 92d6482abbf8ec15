import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { WORKSHOP_FORMATS } from '../../../shared/export/formats.js';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import { toZoomCsv } from '../../../shared/roster/toZoomCsv.js';
import type { CreatedWorkshop } from '../../../shared/protocol/responses.js';
import { CopyButton } from '../leader/CopyButton.js';
import { InviteCard } from '../leader/InviteCard.js';
import { saveFile } from '../leader/saveFile.js';
import { ZoomLeftOut } from '../leader/ZoomLeftOut.js';

const ZOOM_CSV = WORKSHOP_FORMATS['zoom-rooms.csv'];

/** The Zoom pre-assignment CSV (the registry's zoom-rooms.csv), made here from the pairs the leader set (Zoom needs e-mails). */
function ZoomCsvButton({ pairs }: { pairs: readonly RosterPair[] }) {
  const { t } = useTranslation();
  const handleClick = (): void => saveFile(new Blob([toZoomCsv(pairs)], { type: ZOOM_CSV.contentType }), ZOOM_CSV.downloadName);
  return (
    <section className="setup-zoom" aria-labelledby="setup-zoom-heading">
      <h2 id="setup-zoom-heading">{t('setup.result.zoomHeading')}</h2>
      <p>{t('setup.result.zoomHint')}</p>
      <button type="button" className="button button--secondary" onClick={handleClick}>
        {t(ZOOM_CSV.label)}
      </button>
      <ZoomLeftOut pairs={pairs} />
    </section>
  );
}

/** After "Create workshop": the leader's private link, the participants' link, code and QR code, and the Zoom CSV. */
export function SetupResult({ created, title, pairs }: { created: CreatedWorkshop; title: string; pairs: readonly RosterPair[] | null }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const withEmails = pairs !== null && pairs.some((p) => p.members.some((m) => m.email));
  return (
    <div className="setup-result" data-screen="setup">
      <h1 ref={heading} tabIndex={-1}>
        {t('setup.result.heading', { title })}
      </h1>
      <section className="card leader-link" aria-labelledby="setup-leader-heading">
        <h2 id="setup-leader-heading">{t('setup.result.leaderHeading')}</h2>
        <p className="leader-link-warning">{t('setup.result.leaderWarning')}</p>
        <div className="field">
          <label htmlFor="setup-facilitator-url">{t('setup.result.leaderLink')}</label>
          <div className="input-with-button">
            <input id="setup-facilitator-url" type="text" readOnly value={created.facilitatorUrl} onFocus={(e) => e.currentTarget.select()} data-testid="facilitator-url" />
            <CopyButton text={created.facilitatorUrl} label={t('setup.result.copyLeaderLink')} />
          </div>
          <p className="hint">{t('setup.result.remembered')}</p>
        </div>
        <Link href={`/facilitate/${created.id}`} className="button button--primary">
          {t('setup.result.openDashboard')}
        </Link>
      </section>
      <div className="card">
        <InviteCard joinUrl={created.joinUrl} joinCode={created.joinCode} />
      </div>
      {withEmails && (
        <div className="card">
          <ZoomCsvButton pairs={pairs} />
        </div>
      )}
      <p>
        <Link href="/">{t('setup.result.home')}</Link>
      </p>
    </div>
  );
}
