/**
 * The set-up form as data: its state, one reducer for every edit, and the
 * check that turns it into the body of `POST /api/workshops` or names the
 * fields to fix. Pure, so the page only renders it.
 */
import { defaultRules } from '../../../shared/lists/parseListImport.js';
import type { ActivityList, ListMode, Rules } from '../../../shared/lists/types.js';
import { movePerson, pairRoster, shuffle, type RosterPair } from '../../../shared/roster/pairRoster.js';
import { parseRoster, type RosterError, type RosterPerson } from '../../../shared/roster/parseRoster.js';
import { toListImportJson } from '../../../shared/lists/toListImportJson.js';
import { WORKSHOP_LIMITS } from '../../../shared/protocol/limits.js';
import { RULE_BOUNDS, type Bound } from '../../../shared/rules/ruleBounds.js';
import { localTimeZone } from '../../../shared/time/timeZone.js';
import { TIMES_UP_DEFAULTS, WARNING_MINUTES, type TimesUpSettings } from '../../../shared/protocol/timesUp.js';
import type { CreateWorkshopBody } from '../../api/setupApi.js';
import type { MessageKey } from '../../../shared/i18n/messages.js';

/** Which list: a built-in list's id, or the leader's own. */
export const CUSTOM_LIST = 'custom';

export const RULE_FIELDS = ['minPerStrategy', 'maxTotal', 'minutes'] as const;
export type RuleField = (typeof RULE_FIELDS)[number];

export interface SetupState {
  readonly title: string;
  /** A built-in list id or {@link CUSTOM_LIST}. */
  readonly choice: string;
  /** The chosen list: a built-in one, or the imported one (`null` until a file is read). */
  readonly list: ActivityList | null;
  readonly imported: { readonly fileName: string; readonly list: ActivityList } | null;
  readonly importError: { readonly fileName: string; readonly error: string } | null;
  readonly mode: ListMode;
  /** The rules as typed (number inputs give text); `maxTotal` '' means no maximum. */
  readonly rules: Readonly<Record<RuleField, string>>;
  readonly pairsBy: 'number' | 'roster';
  readonly pairCount: string;
  readonly rosterText: string;
  readonly rosterErrors: readonly RosterError[];
  readonly people: readonly RosterPerson[];
  readonly pairs: readonly RosterPair[];
  /** Time's up (issue 14): the warning's minutes as typed, and the automatic lock. */
  readonly timesUp: { readonly warningMinutes: string; readonly autoLock: boolean };
}

export type SetupAction =
  | { readonly type: 'title'; readonly value: string }
  | { readonly type: 'choose'; readonly choice: string; readonly list: ActivityList | null }
  | { readonly type: 'imported'; readonly fileName: string; readonly list: ActivityList }
  | { readonly type: 'importFailed'; readonly fileName: string; readonly error: string }
  | { readonly type: 'mode'; readonly mode: ListMode }
  | { readonly type: 'rule'; readonly field: RuleField; readonly value: string }
  | { readonly type: 'pairsBy'; readonly value: 'number' | 'roster' }
  | { readonly type: 'pairCount'; readonly value: string }
  | { readonly type: 'roster'; readonly text: string }
  | { readonly type: 'reshuffle'; readonly seed: number }
  | { readonly type: 'move'; readonly fromPair: number; readonly index: number; readonly toPair: number | 'new' }
  | { readonly type: 'timesUp'; readonly warningMinutes?: string; readonly autoLock?: boolean };

/** The rules a list starts with in `mode` (as the server picks them when none are sent). */
export function rulesFor(list: ActivityList, mode: ListMode): Rules {
  return mode === list.mode ? list.rules : defaultRules(mode, list.strategies.length);
}

const toDraft = (rules: Rules): Record<RuleField, string> => ({
  minPerStrategy: String(rules.minPerStrategy),
  maxTotal: rules.maxTotal === null ? '' : String(rules.maxTotal),
  minutes: rules.minutes === null ? '' : String(rules.minutes),
});

/** A fresh form on `list` (the Essential List, normally). */
export function initialSetup(list: ActivityList | null): SetupState {
  return {
    title: '',
    choice: list?.id ?? CUSTOM_LIST,
    list,
    imported: null,
    importError: null,
    mode: list?.mode ?? 'choose',
    rules: toDraft(list?.rules ?? defaultRules('choose', 1)),
    pairsBy: 'number',
    pairCount: '10',
    rosterText: '',
    rosterErrors: [],
    people: [],
    pairs: [],
    timesUp: { warningMinutes: String(TIMES_UP_DEFAULTS.warningMinutes), autoLock: TIMES_UP_DEFAULTS.autoLock },
  };
}

const withList = (state: SetupState, choice: string, list: ActivityList | null): SetupState =>
  list ? { ...state, choice, list, mode: list.mode, rules: toDraft(list.rules) } : { ...state, choice, list: null };

function withRoster(state: SetupState, text: string): SetupState {
  const { people, errors } = parseRoster(text);
  return { ...state, rosterText: text, rosterErrors: errors, people, pairs: pairRoster(people) };
}

function moved(pairs: readonly RosterPair[], fromPair: number, index: number, toPair: number | 'new'): RosterPair[] {
  if (toPair !== 'new') return movePerson(pairs, fromPair, index, toPair);
  const n = pairs.length + 1;
  return movePerson([...pairs, { n, members: [] }], fromPair, index, n);
}

export function setupReducer(state: SetupState, action: SetupAction): SetupState {
  switch (action.type) {
    case 'title':
      return { ...state, title: action.value };
    case 'choose':
      return withList(state, action.choice, action.choice === CUSTOM_LIST ? (state.imported?.list ?? null) : action.list);
    case 'imported':
      return withList({ ...state, imported: { fileName: action.fileName, list: action.list }, importError: null }, CUSTOM_LIST, action.list);
    case 'importFailed':
      return { ...state, choice: CUSTOM_LIST, list: null, imported: null, importError: { fileName: action.fileName, error: action.error } };
    case 'mode':
      return state.list ? { ...state, mode: action.mode, rules: toDraft(rulesFor(state.list, action.mode)) } : { ...state, mode: action.mode };
    case 'rule':
      return { ...state, rules: { ...state.rules, [action.field]: action.value } };
    case 'pairsBy':
      return { ...state, pairsBy: action.value };
    case 'pairCount':
      return { ...state, pairCount: action.value };
    case 'roster':
      return withRoster(state, action.text);
    case 'reshuffle':
      return { ...state, pairs: pairRoster(shuffle(state.people, action.seed)) };
    case 'move':
      return { ...state, pairs: moved(state.pairs, action.fromPair, action.index, action.toPair) };
    case 'timesUp':
      return { ...state, timesUp: { warningMinutes: action.warningMinutes ?? state.timesUp.warningMinutes, autoLock: action.autoLock ?? state.timesUp.autoLock } };
  }
}

/** A problem with one field: an i18n key and its values. */
export interface FieldProblem {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type SetupField = 'list' | RuleField | 'pairCount' | 'roster' | 'warningMinutes';
export type SetupProblems = Partial<Record<SetupField, FieldProblem>>;

/** The bounds the server enforces (shared/, read by shared/protocol/bodies.ts too), checked here first so the leader hears them by field. */
const PAIRS: Bound = { min: 1, max: WORKSHOP_LIMITS.pairs };

/** A whole number typed in a field, within `bound`, or `null`. */
function wholeNumber(text: string, { min, max }: Bound): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

function checkRules(state: SetupState, problems: SetupProblems): Rules | null {
  const min = wholeNumber(state.rules.minPerStrategy, RULE_BOUNDS.minPerStrategy);
  const max = state.rules.maxTotal.trim() === '' ? null : wholeNumber(state.rules.maxTotal, RULE_BOUNDS.maxTotal);
  const noClock = state.rules.minutes.trim() === '';
  const minutes = noClock ? null : wholeNumber(state.rules.minutes, RULE_BOUNDS.minutes);
  if (min === null) problems.minPerStrategy = { key: 'setup.problem.range', params: { ...RULE_BOUNDS.minPerStrategy } };
  if (max === null && state.rules.maxTotal.trim() !== '') problems.maxTotal = { key: 'setup.problem.maxTotal', params: { max: RULE_BOUNDS.maxTotal.max } };
  if (minutes === null && !noClock) problems.minutes = { key: 'setup.problem.range', params: { ...RULE_BOUNDS.minutes } };
  return min === null || (minutes === null && !noClock) || (max === null && state.rules.maxTotal.trim() !== '') ? null : { minPerStrategy: min, maxTotal: max, minutes };
}

function checkPairs(state: SetupState, problems: SetupProblems): Pick<CreateWorkshopBody, 'pairs' | 'roster'> | null {
  if (state.pairsBy === 'number') {
    const pairs = wholeNumber(state.pairCount, PAIRS);
    if (pairs === null) problems.pairCount = { key: 'setup.problem.range', params: { ...PAIRS } };
    return pairs === null ? null : { pairs };
  }
  if (state.rosterErrors.length > 0) problems.roster = { key: 'setup.problem.rosterLines' };
  else if (state.people.length === 0) problems.roster = { key: 'setup.problem.rosterEmpty' };
  else if (state.pairs.length > PAIRS.max) problems.roster = { key: 'setup.problem.rosterTooMany', params: { max: PAIRS.max } };
  if (problems.roster) return null;
  return { roster: state.pairs.flatMap((p) => p.members.map((m) => ({ ...m, pair: p.n }))) };
}

/** The time's-up settings to send: left out while they are the defaults (issue 14). */
function checkTimesUp(state: SetupState, problems: SetupProblems): { timesUp?: TimesUpSettings } | null {
  const text = state.timesUp.warningMinutes.trim();
  const minutes = Number(text);
  if (text === '' || !Number.isFinite(minutes) || minutes < WARNING_MINUTES.min || minutes > WARNING_MINUTES.max) {
    problems.warningMinutes = { key: 'setup.problem.range', params: { ...WARNING_MINUTES } };
    return null;
  }
  const settings = { warningMinutes: minutes, autoLock: state.timesUp.autoLock };
  return settings.warningMinutes === TIMES_UP_DEFAULTS.warningMinutes && settings.autoLock === TIMES_UP_DEFAULTS.autoLock ? {} : { timesUp: settings };
}

/** The request body, or the problems to show (by field). */
export function toCreateBody(state: SetupState): { ok: true; body: CreateWorkshopBody } | { ok: false; problems: SetupProblems } {
  const problems: SetupProblems = {};
  if (state.list === null) problems.list = { key: 'setup.problem.noList' };
  const rules = checkRules(state, problems);
  const pairs = checkPairs(state, problems);
  const timesUp = checkTimesUp(state, problems);
  if (state.list === null || rules === null || pairs === null || timesUp === null) return { ok: false, problems };
  const title = state.title.trim();
  const list = state.choice === CUSTOM_LIST ? { list: toListImportJson(state.list) } : { listId: state.list.id };
  return { ok: true, body: { ...(title ? { title } : {}), ...list, mode: state.mode, rules, ...pairs, timeZone: localTimeZone(), ...timesUp } };
}
