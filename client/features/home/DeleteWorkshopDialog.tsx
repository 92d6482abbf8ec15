import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.js';

/**
 * "Delete this workshop for good?" — a modal dialog that names the
 * workshop and says what goes (issue 14). Escape or Cancel closes it and
 * deletes nothing; a failure is shown in it, and the workshop stays.
 */
export function DeleteWorkshopDialog({ title, onConfirm, onClose }: { title: string; onConfirm: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
  }, []);
  const handleConfirm = (): void => {
    setBusy(true);
    setError(null);
    onConfirm().then(onClose, (e: unknown) => {
      setBusy(false);
      setError(e instanceof ApiError && e.status !== 0 ? e.message : t('app.networkError'));
    });
  };
  return (
    <dialog ref={dialog} className="delete-dialog" aria-labelledby="delete-dialog-title" aria-describedby="delete-dialog-body" onClose={onClose} data-testid="delete-dialog">
      <h2 id="delete-dialog-title">{t('myWorkshops.deleteTitle', { title })}</h2>
      <p id="delete-dialog-body">{t('myWorkshops.deleteBody')}</p>
      <div role="alert" className="live-slot">
        {error && <p className="field-error">{t('myWorkshops.deleteFailed', { error })}</p>}
      </div>
      <p className="actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={handleConfirm}>
          {t('myWorkshops.deleteConfirm', { title })}
        </button>{' '}
        <button type="button" className="button button--secondary" onClick={onClose} autoFocus>
          {t('myWorkshops.cancel')}
        </button>
      </p>
    </dialog>
  );
}
