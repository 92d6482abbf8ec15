import { shortLabel } from './shortLabel.js';
import type { Activity } from './types.js';

/**
 * What the projector and the dashboard call an activity (issue 15): its
 * hand-written `short` label where it has one (every activity of the
 * built-in lists, in each of their languages; an own list's `short` column),
 * else the automatic `shortLabel` of its text. Pass the activity as
 * `localizeList` gives it, so the label is in the language shown. Screens
 * keep the full text one step away (hover, focus, spotlight, exports).
 */
export function activityShortLabel(activity: Pick<Activity, 'text' | 'short'>): string {
  const short = activity.short?.replace(/\s+/g, ' ').trim();
  return short ? short : shortLabel(activity.text);
}
