import type { ActivityList } from '../../../shared/lists/types.js';
import type { PlanChange } from '../../sync/diffPlans.js';
import type { Translate } from '../../../shared/i18n/messages.js';

/** The text of a listed activity, or its id if the list does not have it. */
function activityText(list: ActivityList, id: string): string {
  for (const strategy of list.strategies) {
    const activity = strategy.activities.find((a) => a.id === id);
    if (activity) return activity.text;
  }
  return id;
}

/** One partner change in words ("Maria chose: …", "Unticked by Maria: …"). */
export function formatChange(change: PlanChange, list: ActivityList, t: Translate): string {
  switch (change.kind) {
    case 'picked':
      return change.mark
        ? t(`announce.marked.${change.mark}`, { name: change.name, item: activityText(list, change.itemId) })
        : t('announce.chose', { name: change.name, item: activityText(list, change.itemId) });
    case 'marked':
      return change.mark
        ? t(`announce.marked.${change.mark}`, { name: change.name, item: activityText(list, change.itemId) })
        : t('announce.unchoseBy', { name: change.name, item: activityText(list, change.itemId) });
    case 'unpicked':
      return change.name === undefined
        ? t('announce.unchose', { item: activityText(list, change.itemId) })
        : t('announce.unchoseBy', { name: change.name, item: activityText(list, change.itemId) });
    case 'wroteIn':
      return t('announce.wroteIn', { name: change.name, item: change.text });
    case 'removedWriteIn':
      return change.name === undefined ? t('announce.removedWriteIn', { item: change.text }) : t('announce.removedWriteInBy', { name: change.name, item: change.text });
    case 'agreed':
      return t('announce.agreed', { name: change.name });
    case 'help':
      return t(change.on ? 'announce.helpOn' : 'announce.helpOff', { name: change.name });
  }
}
