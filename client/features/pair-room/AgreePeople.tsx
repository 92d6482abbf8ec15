import { useTranslation } from 'react-i18next';
import type { AgreementStatus } from '../../../shared/rules/agreementStatus.js';
import { usePresence } from '../../sync/usePresence.js';
import { Avatar } from '../shell/Avatar.js';
import { useRoom } from './RoomContext.js';
import { useAvatarLabels } from './useAvatarLabels.js';

type PersonState = 'agreed' | 'withdrawn' | 'waiting';
const ICONS: Record<PersonState, string> = { agreed: '✓', withdrawn: '↺', waiting: '…' };

/** Each partner present (and anyone who agreed and left): agreed ✓, withdrawn, or waiting — in words. */
export function AgreePeople({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const presence = usePresence(connection);
  const labels = useAvatarLabels();
  const agreed = new Set(status.agreed.map((a) => a.id));
  const withdrawn = new Set(status.withdrawn.map((w) => w.id));
  const present = new Set(presence.map((u) => u.id));
  const people = [
    ...presence.map((u) => ({ id: u.id, name: u.name, isSelf: u.isSelf, here: true })),
    ...status.agreed.filter((a) => !present.has(a.id)).map((a) => ({ id: a.id, name: a.name, isSelf: false, here: false })),
  ];
  return (
    <ul className="agree-people" aria-label={t('agree.peopleLabel')}>
      {people.map((person) => {
        const state: PersonState = agreed.has(person.id) ? 'agreed' : withdrawn.has(person.id) ? 'withdrawn' : 'waiting';
        return (
          <li key={person.id} className={`agree-person agree-person--${state}`}>
            <Avatar id={person.id} name={person.name} label={labels.get(person.id)} size="sm" />
            <span className="agree-name">
              {person.name}
              {person.isSelf && ` ${t('presence.you')}`}
            </span>
            <span className="agree-state">
              <span aria-hidden="true">{ICONS[state]} </span>
              {t(`agree.state.${state}`)}
              {!person.here && ` ${t('agree.notHere')}`}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
