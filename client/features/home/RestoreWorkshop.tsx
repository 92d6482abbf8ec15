import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { importWorkshopFile } from '../../api/setupApi.js';
import { ApiError } from '../../api/http.js';
import type { CreatedWorkshop } from '../../../shared/protocol/responses.js';
import { readFileText } from '../setup/readFileText.js';

/** The largest workshop.json the server takes (`POST /api/workshops/import`). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The title a workshop.json names, to show before the dashboard has opened (empty when it names none). */
function titleOf(text: string): string {
  try {
    const title = (JSON.parse(text) as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title.slice(0, 200) : '';
  } catch {
    return '';
  }
}

/**
 * "Restore a workshop from a file" (issue 14): a `workshop.json` exported
 * from any pairplan becomes a new workshop here, with new keys and the same
 * plans; the browser remembers it like one it created.
 */
export function RestoreWorkshop({ onRestored }: { onRestored: (created: CreatedWorkshop, title: string) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (!file) return setError(t('myWorkshops.restoreChoose'));
    if (file.size > MAX_FILE_BYTES) return setError(t('myWorkshops.restoreFailed', { file: file.name, error: t('myWorkshops.restoreTooLarge') }));
    setBusy(true);
    setError(null);
    readFileText(file)
      .then(async (text) => onRestored(await importWorkshopFile(text), titleOf(text)))
      .then(
        () => setFile(null),
        (e: unknown) => setError(t('myWorkshops.restoreFailed', { file: file.name, error: e instanceof ApiError && e.status !== 0 ? e.message : t('app.networkError') })),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form className="restore-workshop" onSubmit={handleSubmit} data-testid="restore-workshop" noValidate>
      <h3 className="home-leader-list-heading">{t('myWorkshops.restoreHeading')}</h3>
      <div className="field">
        <label htmlFor={inputId}>{t('myWorkshops.restoreLabel')}</label>
        <input
          key={file === null ? 'empty' : 'chosen'}
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setError(null);
          }}
        />
        <p id={`${inputId}-hint`} className="hint">
          {t('myWorkshops.restoreHint')}
        </p>
        {/* Assertive, as an alert, without the role: the start page's join form owns its one alert. */}
        <div aria-live="assertive" className="live-slot" data-testid="restore-error">
          {error && <p className="field-error">{error}</p>}
        </div>
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {busy ? t('myWorkshops.restoring') : t('myWorkshops.restore')}
      </button>
    </form>
  );
}
