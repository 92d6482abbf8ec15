import { useTranslation } from 'react-i18next';
import { useRemoteChanges } from '../../sync/useRemoteChanges.js';
import { formatChange } from './formatChange.js';
import { useRoom } from './RoomContext.js';

/** Tells screen-reader users, politely, what partners just did ("Maria chose: …"). */
export function PartnerAnnouncer() {
  const { t } = useTranslation();
  const { connection, list } = useRoom();
  const { seq, changes } = useRemoteChanges(connection);
  const text = changes.map((change) => formatChange(change, list, t)).join(' ');
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="partner-announcer">
      {seq > 0 && <p key={seq}>{text}</p>}
    </div>
  );
}
