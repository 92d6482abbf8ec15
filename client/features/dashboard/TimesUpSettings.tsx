import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WARNING_MINUTES } from '../../../shared/protocol/timesUp.js';
import { warningMsOfLive } from '../../../shared/protocol/live.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import '../../styles/leaderLive.css';

/**
 * The warning's time and the automatic lock, changed while the workshop runs
 * (issue 14). Folded under a one-line summary, so the clock, lock and message
 * controls still fit one screen beside 30 pairs.
 */
export function TimesUpSettings() {
  const { t } = useTranslation();
  const { connection, auth } = useLeader();
  const live = useWorkshopLive(connection);
  const id = useId();
  const current = warningMsOfLive(live) / 60_000;
  const [minutes, setMinutes] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const action = useLeaderAction();
  const typed = Number(minutes ?? current);
  const valid = minutes === null || (minutes.trim() !== '' && Number.isFinite(typed) && typed >= WARNING_MINUTES.min && typed <= WARNING_MINUTES.max);
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (!valid || action.pending) return;
    setSaved(false);
    action.run(() => postLeaderAction(auth, 'timesUp', { warningMinutes: typed }).then(() => (setMinutes(null), setSaved(true))));
  };
  // The box shows the leader's choice at once, and the server's again once the workshop says the same (or the request failed).
  const autoLock = live?.autoLock ?? false;
  const [lockWanted, setLockWanted] = useState<boolean | null>(null);
  useEffect(() => {
    if (lockWanted === autoLock) setLockWanted(null);
  }, [autoLock, lockWanted]);
  const toggleLock = (wanted: boolean): void => {
    setLockWanted(wanted);
    action.run(() =>
      postLeaderAction(auth, 'timesUp', { autoLock: wanted }).catch((error: unknown) => {
        setLockWanted(null);
        throw error;
      }),
    );
  };
  return (
    <details className="times-up-settings">
      <summary>{t('live.timesUp.summary', { minutes: current, lock: autoLock ? t('live.timesUp.summaryLockOn') : t('live.timesUp.summaryLockOff') })}</summary>
      <form className="times-up-warning" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-warning`}>{t('live.timesUp.warning')}</label>
          <input id={`${id}-warning`} type="number" inputMode="decimal" min={WARNING_MINUTES.min} max={WARNING_MINUTES.max} step={0.5} value={minutes ?? String(current)} aria-invalid={valid ? undefined : true} aria-describedby={`${id}-hint`} onChange={(e) => setMinutes(e.currentTarget.value)} />
        </div>
        <button type="submit" className="button button--small" aria-disabled={action.pending || !valid || minutes === null || undefined}>
          {t('live.timesUp.save')}
        </button>
        <span role="status" className="hint">
          {saved ? t('live.timesUp.saved') : ''}
        </span>
      </form>
      <p id={`${id}-hint`} className="hint">
        {t('live.timesUp.warningHint')}
      </p>
      <div className="field field--check">
        <input id={`${id}-lock`} type="checkbox" checked={lockWanted ?? autoLock} onChange={(e) => toggleLock(e.currentTarget.checked)} aria-describedby={`${id}-lock-hint`} />
        <label htmlFor={`${id}-lock`}>{t('live.timesUp.autoLock')}</label>
      </div>
      <p id={`${id}-lock-hint`} className="hint">
        {t('live.timesUp.autoLockHint')}
      </p>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </details>
  );
}
