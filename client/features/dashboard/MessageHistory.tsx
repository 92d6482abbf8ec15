import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimeOfDay } from '../leader/formatTimeOfDay.js';
import { useLeader } from '../leader/LeaderContext.js';
import '../../styles/leaderLive.css';

/** How many of the latest messages the dashboard lists (the workshop keeps more: workshop.json has them all). */
const SHOWN = 20;

/** The messages sent so far, newest first: to all pairs or to one (issue 14). */
export function MessageHistory() {
  const { t, i18n } = useTranslation();
  const { connection } = useLeader();
  const messages = useSyncExternalStore(connection.subscribe, connection.getLive)?.messages ?? [];
  const offset = useSyncExternalStore(connection.subscribe, connection.getOffset);
  const newest = [...messages].reverse().slice(0, SHOWN);
  return (
    <div className="message-history" data-testid="message-history">
      <h3>{t('live.message.historyHeading')}</h3>
      {newest.length === 0 ? (
        <p className="hint">{t('live.message.historyEmpty')}</p>
      ) : (
        <ol>
          {newest.map((m) => (
            <li key={m.id}>
              <span className="message-history-meta">
                {formatTimeOfDay(m.at, offset, i18n.language)} · {m.pair === undefined ? t('live.message.toAll') : t('live.message.toPair', { n: m.pair })}
              </span>{' '}
              {m.text}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
