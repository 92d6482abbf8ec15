import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BROADCAST_MAX_LENGTH } from '../../../shared/protocol/control.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useWorkshopLive } from '../../sync/useWorkshopLive.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { MessageHistory } from './MessageHistory.js';

/** A short message to every pair room (shown as a banner there), and taking it down. */
export function BroadcastPanel() {
  const { t } = useTranslation();
  const { connection, auth } = useLeader();
  const current = useWorkshopLive(connection)?.broadcast ?? null;
  const [text, setText] = useState('');
  const action = useLeaderAction();
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const message = text.trim();
    if (message === '' || action.pending) return;
    action.run(() => postLeaderAction(auth, 'broadcast', { message }).then(() => setText('')));
  };
  return (
    <section className="panel broadcast-panel" aria-labelledby="broadcast-heading">
      <h2 id="broadcast-heading">{t('dashboard.broadcast.heading')}</h2>
      <form onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="broadcast-message">{t('dashboard.broadcast.label')}</label>
          <textarea
            id="broadcast-message"
            rows={2}
            maxLength={BROADCAST_MAX_LENGTH}
            value={text}
            aria-describedby="broadcast-count"
            onChange={(e) => setText(e.currentTarget.value)}
          />
          <p id="broadcast-count" className="hint">
            {t('dashboard.broadcast.count', { count: text.length, max: BROADCAST_MAX_LENGTH })}
          </p>
        </div>
        <button type="submit" className="button button--primary" aria-disabled={action.pending || text.trim() === '' || undefined}>
          {t('dashboard.broadcast.send')}
        </button>
      </form>
      <div className={current ? 'broadcast-current broadcast-current--on' : 'broadcast-current'} data-testid="broadcast-current">
        <p role="status">
          {current && (
            <>
              <strong>{t('dashboard.broadcast.showing')}</strong> {current.text}
            </>
          )}
        </p>
        {current && (
          <button type="button" className="button button--quiet button--small" onClick={() => !action.pending && action.run(() => postLeaderAction(auth, 'broadcast', { message: '' }))}>
            {t('dashboard.broadcast.takeDown')}
          </button>
        )}
      </div>
      <div role="alert" className="live-slot">
        {action.error && <p className="field-error">{action.error}</p>}
      </div>
      <MessageHistory />
    </section>
  );
}
