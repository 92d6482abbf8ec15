import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listRememberedWorkshops } from '../features/leader/rememberedWorkshops.js';
import { parseFacilitatorLink } from './parseFacilitatorLink.js';
import type { ZoomClient } from './zoomClient.js';
import { useHostSetup, type HostSetup } from './useHostSetup.js';

/** The host (or a co-host) inside Zoom: link the meeting to a workshop, invite, make or adopt the rooms, open them. */
export function HostPanel({ client }: { client: ZoomClient }) {
  const { t } = useTranslation();
  const setup = useHostSetup(client);
  return (
    <section className="page-narrow card" aria-labelledby="zoom-host-heading" data-testid="zoom-host">
      <h1 id="zoom-host-heading">{t('zoom.host.title')}</h1>
      {setup.linked ? <RoomSteps setup={setup} /> : <LinkStep setup={setup} />}
      <p role="status" className={setup.note?.error ? 'field-error' : undefined} data-testid="zoom-host-note">
        {setup.note ? t(setup.note.key, setup.note.params) : ''}
      </p>
    </section>
  );
}

function LinkStep({ setup }: { setup: HostSetup }) {
  const { t } = useTranslation();
  const remembered = listRememberedWorkshops();
  const [link, setLink] = useState('');
  const [title, setTitle] = useState('');
  const [pairs, setPairs] = useState('10');
  const [invalid, setInvalid] = useState(false);
  const handleLink = (event: FormEvent): void => {
    event.preventDefault();
    const auth = parseFacilitatorLink(link);
    setInvalid(auth === null);
    if (auth) setup.link(auth);
  };
  const handleNew = (event: FormEvent): void => {
    event.preventDefault();
    setup.createAndLink(title.trim(), Math.max(1, Math.min(50, Number(pairs) || 1)));
  };
  return (
    <>
      <p>{t('zoom.host.linkIntro')}</p>
      {remembered.length > 0 && (
        <ul className="zoom-remembered">
          {remembered.slice(0, 5).map((w) => (
            <li key={w.id}>
              <button type="button" className="button" disabled={setup.busy} onClick={() => setup.link({ workshopId: w.id, key: w.key })}>
                {t('zoom.host.linkThis', { title: w.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={handleLink} className="field">
        <label htmlFor="zoom-link">{t('zoom.host.linkLabel')}</label>
        <input id="zoom-link" value={link} onChange={(e) => setLink(e.currentTarget.value)} aria-invalid={invalid || undefined} autoComplete="off" />
        {invalid && <p className="field-error">{t('zoom.host.linkInvalid')}</p>}
        <button type="submit" className="button button--primary" disabled={setup.busy}>
          {t('zoom.host.link')}
        </button>
      </form>
      <form onSubmit={handleNew} className="field">
        <h2>{t('zoom.host.newTitle')}</h2>
        <label htmlFor="zoom-new-title">{t('zoom.host.newName')}</label>
        <input id="zoom-new-title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <label htmlFor="zoom-new-pairs">{t('zoom.host.newPairs')}</label>
        <input id="zoom-new-pairs" type="number" min={1} max={50} value={pairs} onChange={(e) => setPairs(e.currentTarget.value)} />
        <button type="submit" className="button" disabled={setup.busy}>
          {t('zoom.host.create')}
        </button>
      </form>
    </>
  );
}

function RoomSteps({ setup }: { setup: HostSetup }) {
  const { t } = useTranslation();
  const linked = setup.linked;
  if (!linked) return null;
  const { workshop, auth } = linked;
  return (
    <>
      <p data-testid="zoom-linked">{t('zoom.host.linkedTo', { title: workshop.title, pairs: workshop.pairs.length })}</p>
      <ol className="zoom-steps">
        <li>
          <button type="button" className="button" disabled={setup.busy} onClick={setup.invite}>
            {t('zoom.host.invite')}
          </button>{' '}
          <span className="hint">{t('zoom.host.inviteHint')}</span>
        </li>
        <li>
          <button type="button" className="button button--primary" disabled={setup.busy} onClick={setup.makeRooms}>
            {t('zoom.host.makeRooms', { n: workshop.pairs.length })}
          </button>{' '}
          <button type="button" className="button button--quiet" disabled={setup.busy} onClick={setup.adopt}>
            {t('zoom.host.adopt')}
          </button>
        </li>
        <li>
          <button type="button" className="button" disabled={setup.busy} onClick={setup.open}>
            {t('zoom.host.open')}
          </button>
        </li>
      </ol>
      <p>
        <Link href={`/facilitate/${encodeURIComponent(auth.workshopId)}`} className="button button--quiet">
          {t('zoom.host.dashboard')}
        </Link>
      </p>
    </>
  );
}
