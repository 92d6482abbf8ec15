/**
 * The Session panel's fields as text, and the bodies they make (issue 14).
 * The server checks every bound again (shared/protocol/sessionChanges.ts);
 * this only turns what the leader typed into numbers, or says it is not one.
 */
import type { Rules } from '../../../shared/lists/types.js';
import type { LeaderActionBody } from '../../../shared/protocol/leaderActions.js';
import { RULE_BOUNDS } from '../../../shared/rules/ruleBounds.js';

/** The rules as the panel's inputs hold them ('' for no maximum, or no minutes). */
export type RulesText = { readonly [K in keyof Rules]: string };

/** `rules` as text for the inputs. */
export const toRulesText = (rules: Rules): RulesText => ({
  minPerStrategy: String(rules.minPerStrategy),
  maxTotal: rules.maxTotal === null ? '' : String(rules.maxTotal),
  minutes: rules.minutes === null ? '' : String(rules.minutes),
});

const whole = (text: string, key: keyof Rules): number | undefined => {
  const n = Number(text);
  const { min, max } = RULE_BOUNDS[key];
  return text.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};

/** The body of `POST …/rules` for what the inputs hold, or `null` when one of them is not a number in its bounds. */
export function rulesChangeFrom(text: RulesText): LeaderActionBody<'rules'> | null {
  const minPerStrategy = whole(text.minPerStrategy, 'minPerStrategy');
  const maxTotal = text.maxTotal.trim() === '' ? null : whole(text.maxTotal, 'maxTotal');
  const minutes = text.minutes.trim() === '' ? null : whole(text.minutes, 'minutes');
  if (minPerStrategy === undefined || maxTotal === undefined || minutes === undefined) return null;
  return { minPerStrategy, maxTotal, minutes };
}

/** Everyone the dashboard lists for a pair, once each (case aside), in order. */
export function peopleOf(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
