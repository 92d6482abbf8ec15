import { useTranslation } from 'react-i18next';
import { toggleDetails, useUiStore } from '../../stores/uiStore.js';
import { usePlan } from '../../sync/usePlan.js';
import { ItemDetails } from './ItemDetails.js';
import { useRoom } from './RoomContext.js';

/** The "Details" disclosure of a chosen item, with a hint of what is filled in. */
export function DetailsToggle({ itemId, itemText }: { itemId: string; itemText: string }) {
  const { t } = useTranslation();
  const { connection } = useRoom();
  const expanded = useUiStore((s) => s.expanded[itemId] ?? false);
  const details = usePlan(connection).details[itemId];
  const panelId = `details-${itemId}`;
  const goals = details?.goals ?? [];
  return (
    <div className="item-details">
      <div className="details-summary">
        <button
          type="button"
          className="link-button details-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          aria-label={t('item.detailsFor', { item: itemText })}
          onClick={() => toggleDetails(itemId)}
        >
          <span aria-hidden="true" className="details-caret">
            {expanded ? '▾' : '▸'}
          </span>{' '}
          {t('item.details')}
        </button>
        {goals.map((goal) => (
          <span key={goal} className="tag">
            {t(`details.goal.${goal}`)}
          </span>
        ))}
        {details?.note && <span className="tag">{t('details.hasNote')}</span>}
        {details?.split && (
          <span className="tag tag--split">
            <span aria-hidden="true">⇄ </span>
            {t('details.splitTag')}
          </span>
        )}
      </div>
      {expanded && <ItemDetails id={panelId} itemId={itemId} itemText={itemText} details={details} />}
    </div>
  );
}
