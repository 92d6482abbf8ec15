/**
 * The leader's workshop with the changes made while it runs (issue 14):
 * the live state's settings (title, rules) and a new roster. The same object
 * when nothing changed, so React does not re-render for every clock tick.
 */
import type { SessionSettings } from '../../shared/protocol/sessionSettings.js';
import type { LeaderWorkshop } from '../../shared/protocol/workshop.js';

/** `workshop` with `settings`' title and rules. */
export function withSettings<W extends { readonly title: string; readonly rules: LeaderWorkshop['rules'] }>(workshop: W, settings: SessionSettings | undefined): W {
  if (!settings) return workshop;
  const sameRules = JSON.stringify(settings.rules) === JSON.stringify(workshop.rules);
  if (settings.title === workshop.title && sameRules) return workshop;
  return { ...workshop, title: settings.title, rules: sameRules ? workshop.rules : settings.rules };
}

/** `workshop` with its pairs replaced. */
export function withRoster(workshop: LeaderWorkshop, pairs: LeaderWorkshop['pairs']): LeaderWorkshop {
  return { ...workshop, pairs };
}
