import { useTranslation } from 'react-i18next';
import type { Pick } from '../../../shared/doc/schema.js';
import type { Activity } from '../../../shared/lists/types.js';
import { ChosenBy } from './ChosenBy.js';
import { DetailsToggle } from './DetailsToggle.js';
import { listLanguage } from './listLanguage.js';
import { chooseActivity } from './planActions.js';
import { useRoom } from './RoomContext.js';
import { useReadOnly } from './useReadOnly.js';

/** A listed activity: a real checkbox named by the activity's text, who chose it, and its details. */
export function ActivityItem({ activity, pick }: { activity: Activity; pick: Pick | undefined }) {
  const { t } = useTranslation();
  const room = useRoom();
  const readOnly = useReadOnly();
  const inputId = `activity-${activity.id}`;
  const byId = `${inputId}-by`;
  return (
    <li className={pick ? 'item item--chosen' : 'item'}>
      <div className="item-row">
        <input
          type="checkbox"
          id={inputId}
          className="item-check"
          checked={pick !== undefined}
          disabled={readOnly}
          aria-describedby={pick ? byId : undefined}
          onChange={(event) => chooseActivity(room, activity.id, event.currentTarget.checked)}
        />
        <label htmlFor={inputId} className="item-text" lang={listLanguage(room.list, activity)}>
          {activity.text}
        </label>
        {pick && <ChosenBy id={byId} participantId={pick.by} name={pick.name} text={t('item.chosenBy', { name: pick.name })} />}
      </div>
      {pick && <DetailsToggle itemId={activity.id} itemText={activity.text} />}
    </li>
  );
}
