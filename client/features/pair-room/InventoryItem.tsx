import { useTranslation } from 'react-i18next';
import type { Pick } from '../../../shared/doc/schema.js';
import type { Activity } from '../../../shared/lists/types.js';
import { ChosenBy } from './ChosenBy.js';
import { DetailsToggle } from './DetailsToggle.js';
import { listLanguage } from './listLanguage.js';
import { MarkChoice } from './MarkChoice.js';
import { markActivity } from './planActions.js';
import { useRoom } from './RoomContext.js';

/** Inventory mode: an activity marked ✓ "we do this now", ☆ "we want to start this", or not at all. */
export function InventoryItem({ activity, pick }: { activity: Activity; pick: Pick | undefined }) {
  const { t } = useTranslation();
  const room = useRoom();
  const mark = pick?.mark ?? null;
  const legendId = `activity-${activity.id}`;
  const byId = `${legendId}-by`;
  return (
    <li className={mark ? 'item item--chosen' : 'item'}>
      <fieldset className="item-fieldset" aria-describedby={pick ? byId : undefined}>
        <legend className="item-text" id={legendId} lang={listLanguage(room.list, activity)}>
          {activity.text}
        </legend>
        <div className="item-row item-row--marks">
          <MarkChoice name={legendId} value={mark} allowNone onChange={(next) => markActivity(room, activity.id, next)} />
          {pick && <ChosenBy id={byId} participantId={pick.by} name={pick.name} text={t('item.markedBy', { name: pick.name })} />}
        </div>
      </fieldset>
      {mark && <DetailsToggle itemId={activity.id} itemText={activity.text} />}
    </li>
  );
}
