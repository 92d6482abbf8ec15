/**
 * What the dashboard says about one pair, in words: the card and the table
 * row read these, so both views say the same thing.
 */
import type { TFunction } from 'i18next';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { isIdle } from './selectPairs.js';

type T = TFunction;

/** "just now", "4 min ago", "no changes yet". */
export function formatAge(t: T, lastChangeAt: number | null, serverNow: number): string {
  if (lastChangeAt === null) return t('dashboard.card.never');
  const minutes = Math.floor(Math.max(0, serverNow - lastChangeAt) / 60_000);
  if (minutes < 1) return t('dashboard.card.justNow');
  if (minutes < 60) return t('dashboard.card.minutesAgo', { count: minutes });
  return t('dashboard.card.hoursAgo', { count: Math.floor(minutes / 60) });
}

/** The pair room's standing, in a word, and its tone: followed; over the maximum; strategies still missing; nothing chosen (marked) yet. */
export function rulesFact(t: T, pair: PairSummary): { readonly text: string; readonly tone: 'ok' | 'bad' | 'pending' } {
  switch (pair.standing) {
    case 'valid':
      return { text: t('dashboard.card.valid'), tone: 'ok' };
    case 'over-max':
      return { text: t('dashboard.card.overMax', { count: pair.chosenCount - (pair.maxTotal ?? pair.chosenCount) }), tone: 'bad' };
    case 'missing':
      return { text: t('dashboard.card.missing', { count: pair.missing.length }), tone: 'pending' };
    case 'empty':
      return { text: t(pair.mode === 'inventory' ? 'dashboard.card.nothingMarked' : 'dashboard.card.nothingChosen'), tone: 'pending' };
  }
}

/** Agreed by everyone; or who agreed so far and whom the plan waits for; or not yet. */
export function agreementFact(t: T, pair: PairSummary): string {
  if (pair.agreed) return t('dashboard.card.agreedBy', { names: pair.agreedNames.join(', ') });
  const agreed = pair.partners.filter((p) => p.agreed).map((p) => p.name);
  const waiting = pair.partners.filter((p) => !p.agreed).map((p) => p.name);
  if (agreed.length === 0 || waiting.length === 0) return t('dashboard.card.notAgreed');
  return t('dashboard.card.waitingFor', { agreed: agreed.join(', '), names: waiting.join(', ') });
}

/** "4 min ago", with " · idle" for a pair that started and went quiet ({@link isIdle}). */
export function lastChangeFact(t: T, pair: PairSummary, serverNow: number): { readonly text: string; readonly idle: boolean } {
  const idle = isIdle(pair, serverNow);
  const age = formatAge(t, pair.lastChangeAt, serverNow);
  return { text: idle ? `${age} · ${t('dashboard.card.idle')}` : age, idle };
}

/** "6 of 14" (or "6" with no maximum). */
export function chosenFact(t: T, pair: PairSummary): string {
  return pair.maxTotal === null ? String(pair.chosenCount) : t('rules.chosenOfMax', { count: pair.chosenCount, max: pair.maxTotal });
}
