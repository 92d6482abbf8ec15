import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BROADCAST_MAX_LENGTH } from '../../../shared/protocol/control.js';
import { postLeaderAction } from '../../api/facilitatorApi.js';
import { useLeader } from '../leader/LeaderContext.js';
import { useLeaderAction } from '../leader/useLeaderAction.js';
import { Icon } from '../shell/Icon.js';
import '../../styles/leaderLive.css';

/**
 * A message to one pair (issue 14): a "Message" button that opens a short
 * form; what is sent shows in that pair's room only (`broadcast` with
 * `pair`). For a pair's card, its table row, and the "open a pair" view;
 * it needs only the pair's number and the leader's context.
 */
export function PairMessageForm({ pair, compact = false }: { pair: number; /** An icon for the button (a table row stays one line high). */ compact?: boolean }) {
  const { t } = useTranslation();
  const { auth } = useLeader();
  const action = useLeaderAction();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const id = useId();
  const handleSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const message = text.trim();
    if (message === '' || action.pending) return;
    action.run(() =>
      postLeaderAction(auth, 'broadcast', { message, pair }).then(() => {
        setText('');
        setOpen(false);
        setSent(true);
      }),
    );
  };
  return (
    <div className={compact ? 'pair-message pair-message--compact' : 'pair-message'} data-testid={`pair-message-${pair}`}>
      {open ? (
        <form className="pair-message-form" onSubmit={handleSubmit}>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            {t('live.message.label', { n: pair })}
          </label>
          <input
            id={`${id}-text`}
            type="text"
            maxLength={BROADCAST_MAX_LENGTH}
            value={text}
            placeholder={t('live.message.label', { n: pair })}
            autoFocus
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setOpen(false);
            }}
          />
          <button type="submit" className="button button--primary button--small" aria-label={t('live.message.sendLabel', { n: pair })} aria-disabled={action.pending || text.trim() === '' || undefined}>
            {t('live.message.send')}
          </button>
          <button type="button" className="button button--quiet button--small" onClick={() => setOpen(false)}>
            {t('live.message.cancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="button button--quiet button--small"
          aria-label={t('live.message.openLabel', { n: pair })}
          onClick={() => {
            setSent(false);
            setOpen(true);
          }}
        >
          {compact ? <Icon name="megaphone" /> : t('live.message.open')}
        </button>
      )}
      <span role="status" className="pair-message-status">
        {sent ? t('live.message.sent', { n: pair }) : ''}
      </span>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </div>
  );
}
