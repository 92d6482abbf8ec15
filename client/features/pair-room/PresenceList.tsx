import { useTranslation } from 'react-i18next';
import { usePresence } from '../../sync/usePresence.js';
import { Avatar } from '../shell/Avatar.js';
import { useRoom } from './RoomContext.js';
import { useAvatarLabels } from './useAvatarLabels.js';

/** Who is in the room now, with initials badges and "(you)". */
export function PresenceList() {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const presence = usePresence(connection);
  const labels = useAvatarLabels();
  return (
    <div className="presence">
      <h2 className="presence-heading" id="presence-heading">
        {t('presence.heading', { count: presence.length })}
      </h2>
      <ul className="presence-list" aria-labelledby="presence-heading" data-testid="presence">
        {presence.map((user) => (
          <li key={user.id} className="presence-person">
            <Avatar id={user.id} name={user.name} label={labels.get(user.id)} />
            <span className="presence-name">
              {user.name}
              {user.isSelf && <span className="presence-you"> {t('presence.you')}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
