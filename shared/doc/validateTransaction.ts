/**
 * The server's check of every incoming update, run after it was applied to
 * the room's document (a refused one is undone there). It judges what the
 * document shows *after* the transaction, key by key:
 * - every value that became visible fits the schema (known activity ids,
 *   allowed marks, bounded counts, no unknown or nested types) and its
 *   author fields name the sender;
 * - every typed text (a root Y.Text, see `fields.ts`) holds plain text
 *   only — no formatting attributes, embeds or types — for a known item,
 *   and stays within its length counted on the merged text;
 * - every value that stopped being visible may be removed by the sender:
 *   anything but another participant's agreement;
 * - the rules that make a plan agreeable hold where they matter: a change
 *   that adds a choice past the maximum, and an agreement to a plan that
 *   breaks the rules (or to another plan than the current one), and text
 *   typed past a field's length or into a write-in just removed, are
 *   *rule refusals*: the server undoes just those items (see
 *   `server/rooms/PairRoom.ts`), so the honest partner who lost a race
 *   keeps their connection and sees why.
 *
 * The caller must also refuse an update that leaves pending structs or a
 * pending delete set behind: this check sees only what integrated.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import type { ActivityList, Rules } from '../lists/types.js';
import { evaluatePlan, indexActivities } from '../rules/evaluatePlan.js';
import { planFingerprint } from '../rules/planFingerprint.js';
import type { RuleRefusal } from '../rules/ruleRefusals.js';
import { TEXT_DETAIL_FIELDS, WRITE_IN_TEXT, parseDetail, parseDetailKey, parseTextRootName, textSpec, type TextField } from './fields.js';
import { readWriteIn } from './planDoc.js';
import { EMPTY_SNAPSHOT, LIMITS, ROOT_MAPS, WRITE_IN_PREFIX, type Actor, type PlanSnapshot, type RootMap, type WriteIn } from './schema.js';
import { parseAgreement, parseHelpFlag, parsePick, parseWriteInEntry } from './parseValues.js';
import { rootNameOf } from './sharedText.js';

/** What the validator needs to know besides the document. */
export interface ValidationContext {
  readonly list: ActivityList;
  /** The participant who sent the update, or `null` to skip author checks (the server's own writes). */
  readonly author: Actor | null;
  /** The workshop's rules now; `null` skips the rule checks. */
  readonly rules: Rules | null;
  /**
   * The document's choices after the transaction, when the caller keeps
   * them up to date (a pair room's snapshot, patched before this check
   * runs): the rules read them instead of every pick and write-in again.
   */
  readonly choices?: () => Pick<PlanSnapshot, 'picks' | 'writeIns'>;
}

/** Largest JSON size of one stored value, in characters. */
export const MAX_VALUE_JSON = 2048;

/** A run of structs of one client: what a rule refusal deletes. */
export interface StructRange {
  readonly client: number;
  readonly clock: number;
  readonly length: number;
}


/** Why a transaction is not acceptable. */
export type TransactionProblem =
  | { readonly kind: 'invalid'; readonly reason: string }
  | { readonly kind: 'rule'; readonly rule: RuleRefusal; readonly reason: string; readonly undo: readonly StructRange[] };

interface MapItem {
  deleted: boolean;
  length: number;
  left: MapItem | null;
  right: MapItem | null;
  id: { client: number; clock: number };
  content: { getContent(): unknown[] };
}

interface TypeInternals {
  _item: unknown;
  _start: MapItem | null;
  _map: Map<string, MapItem>;
}

/** How one key of a root map changed in a transaction. */
interface KeyChange {
  readonly key: string;
  /** The value visible before the transaction (`undefined`: none). */
  readonly before: unknown;
  /** The value visible after it (`undefined`: none). */
  readonly after: unknown;
  /** The item that holds `after`, when it was added by this transaction. */
  readonly added: MapItem | null;
}

const valueOf = (item: MapItem): unknown => item.content.getContent()[item.length - 1];
const isNewIn = (transaction: Y.Transaction) => (item: MapItem): boolean => item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);

/**
 * What a key showed before and after `transaction`. Before the transaction
 * the key showed its rightmost item that the transaction did not add, if
 * that item was not deleted yet; after, its rightmost item if not deleted.
 */
function keyChange(type: TypeInternals, key: string, transaction: Y.Transaction): KeyChange | null {
  const current = type._map.get(key);
  if (!current) return null;
  const isNew = isNewIn(transaction);
  let previous: MapItem | null = current;
  while (previous && isNew(previous)) previous = previous.left;
  const visibleBefore = previous !== null && (!previous.deleted || Y.isDeleted(transaction.deleteSet, previous.id as Y.ID));
  const before = visibleBefore && previous ? valueOf(previous) : undefined;
  if (current.deleted) return { key, before, after: undefined, added: null };
  if (!isNew(current)) return null; // unchanged: the same item shows as before
  return { key, before, after: valueOf(current), added: current };
}

function isAuthoredBy(value: { by: string; name: string }, author: Actor | null): boolean {
  return author === null || (value.by === author.id && value.name === author.name);
}

const isItemId = (id: string, ids: ReadonlyMap<string, string>): boolean => ids.has(id) || isWriteInId(id);
const isWriteInId = (id: string): boolean => id.startsWith(WRITE_IN_PREFIX) && id.length <= LIMITS.idLength;

/** What the validator knows while it judges one transaction. */
interface CheckContext extends ValidationContext {
  readonly ids: ReadonlyMap<string, string>;
}

/** How each root map is judged: a value that became visible, a value that stopped being visible, the map's size. */
interface RootCheck {
  readonly value: (key: string, value: unknown, ctx: CheckContext) => string | null;
  readonly removal?: (key: string, ctx: CheckContext) => string | null;
  readonly counts?: (map: Y.Map<unknown>) => string | null;
}

const ROOT_CHECKS: Readonly<Record<RootMap, RootCheck>> = {
  picks: {
    value(key, value, ctx) {
      if (!ctx.ids.has(key)) return `unknown activity "${key.slice(0, 40)}"`;
      const pick = parsePick(value);
      if (!pick.ok) return pick.reason;
      const inventory = ctx.list.mode === 'inventory';
      if (inventory !== (pick.value.mark !== undefined)) return inventory ? 'inventory picks need a mark' : 'marks are for inventory mode';
      return isAuthoredBy(pick.value, ctx.author) ? null : 'a pick must name its sender';
    },
  },
  writeIns: {
    value(key, value, ctx) {
      if (!isWriteInId(key)) return 'bad write-in id';
      if (!ctx.list.writeIns) return 'this list has no write-ins';
      const writeIn = parseWriteInEntry(value);
      if (!writeIn.ok) return writeIn.reason;
      if (!ctx.list.strategies.some((s) => s.id === writeIn.value.strategyId)) return 'write-in for an unknown strategy';
      const inventory = ctx.list.mode === 'inventory';
      if (inventory !== (writeIn.value.mark !== undefined)) return inventory ? 'inventory write-ins need a mark' : 'marks are for inventory mode';
      return isAuthoredBy(writeIn.value, ctx.author) ? null : 'a write-in must name its sender';
    },
    counts(map) {
      const perStrategy = new Map<string, number>();
      for (const value of map.values()) {
        const w = parseWriteInEntry(value);
        if (!w.ok) continue;
        const n = (perStrategy.get(w.value.strategyId) ?? 0) + 1;
        if (n > LIMITS.writeInsPerStrategy) return `more than ${LIMITS.writeInsPerStrategy} write-ins for one strategy`;
        perStrategy.set(w.value.strategyId, n);
      }
      return null;
    },
  },
  details: {
    value(key, value, ctx) {
      const parsedKey = parseDetailKey(key);
      if (!parsedKey) return 'bad detail key';
      if (!isItemId(parsedKey.itemId, ctx.ids)) return 'detail for an unknown item';
      const detail = parseDetail(parsedKey.field, value);
      return detail.ok ? null : detail.reason;
    },
  },
  agreements: {
    value(key, value, ctx) {
      const agreement = parseAgreement(value);
      if (!agreement.ok) return agreement.reason;
      if (ctx.author && (key !== ctx.author.id || agreement.value.name !== ctx.author.name)) return 'a partner can only agree for themselves';
      return null;
    },
    // Only the partner who agreed may withdraw an agreement; everything else stays removable.
    removal: (key, ctx) => (ctx.author && key !== ctx.author.id ? 'only the partner who agreed can withdraw an agreement' : null),
    counts: (map) => (map.size > LIMITS.agreements ? 'too many agreements' : null),
  },
  flags: {
    value(key, value, ctx) {
      if (key !== 'help') return 'unknown flag';
      const flag = parseHelpFlag(value);
      if (!flag.ok) return flag.reason;
      // Issue 14: "On my way" is the leader's word; only the server's own write (no author) carries it.
      if (ctx.author && flag.value.ackAt !== undefined) return 'only the leader can acknowledge a help request';
      return isAuthoredBy(flag.value, ctx.author) ? null : 'a help request must name its sender';
    },
  },
  meta: {
    value: (key, value, ctx) => (ctx.author ? 'the schema version is written by the server' : key === 'version' && Number.isInteger(value) ? null : 'unknown meta entry'),
    removal: (_key, ctx) => (ctx.author ? 'the schema version is written by the server' : null),
  },
};

/** Text roots a document may hold: every item's text fields, and room for write-ins that came and went. */
function maxTextRoots(ids: ReadonlyMap<string, string>): number {
  return (ids.size + 200) * (TEXT_DETAIL_FIELDS.length + 1);
}

const rangesOf = (items: readonly MapItem[]): StructRange[] => items.map((item) => ({ client: item.id.client, clock: item.id.clock, length: item.length }));

/** A refusal that closes the connection. Module-level: a closure made per transaction cost a name definition each time under tsx (issue 17). */
const invalid = (reason: string): TransactionProblem => ({ kind: 'invalid', reason });

/**
 * Checks a root Y.Text the transaction changed: plain text only, for a
 * known item, no attributes; what this transaction typed is undone (a rule
 * refusal) when the merged text is past the field's length or belongs to
 * a write-in that is gone.
 */
function checkText(type: TypeInternals, field: { itemId: string; field: TextField }, doc: Y.Doc, transaction: Y.Transaction, ctx: CheckContext): TransactionProblem | null {
  if (type._map.size > 0) return invalid('a text field holds no attributes');
  if (field.field === WRITE_IN_TEXT.field ? !isWriteInId(field.itemId) : !isItemId(field.itemId, ctx.ids)) return invalid('text for an unknown item');
  const isNew = isNewIn(transaction);
  const typed: MapItem[] = [];
  let length = 0;
  for (let item = type._start; item !== null; item = item.right) {
    if (!(item.content instanceof Y.ContentString) && !(item.content instanceof Y.ContentDeleted)) return invalid('a text field holds plain text only (no formatting, embeds or types)');
    if (item.deleted) continue;
    length += item.length;
    if (isNew(item)) typed.push(item);
  }
  if (typed.length === 0) return null;
  const { max } = textSpec(field.field);
  if (length > max) return { kind: 'rule', rule: 'text-too-long', reason: `the text is longer than ${max} characters`, undo: rangesOf(typed) };
  if (field.field === WRITE_IN_TEXT.field && !parseWriteInEntry(doc.getMap('writeIns').get(field.itemId)).ok) {
    return { kind: 'rule', rule: 'item-removed', reason: 'the write-in was removed', undo: rangesOf(typed) };
  }
  return null;
}

/** The choices of the document as a snapshot (what the rules and the fingerprint read), read from it. */
function choicesOf(doc: Y.Doc): typeof EMPTY_SNAPSHOT {
  const collect = <T>(name: RootMap, parse: (v: unknown) => { ok: true; value: T } | { ok: false }): Record<string, T> => {
    const out: Record<string, T> = {};
    doc.getMap(name).forEach((value, key) => {
      const parsed = parse(value);
      if (parsed.ok) out[key] = parsed.value;
    });
    return out;
  };
  const writeIns: Record<string, WriteIn> = {};
  doc.getMap('writeIns').forEach((_value, id) => {
    const writeIn = readWriteIn(doc, id);
    if (writeIn) writeIns[id] = writeIn;
  });
  return { ...EMPTY_SNAPSHOT, picks: collect('picks', parsePick), writeIns };
}

/** Whether a `picks` or `writeIns` value counts as chosen (as `evaluatePlan` counts it). */
function countsAsChosen(root: RootMap, value: unknown, inventory: boolean): boolean {
  if (value === undefined) return false;
  if (root === 'picks') {
    const pick = parsePick(value);
    return pick.ok && (!inventory || pick.value.mark !== undefined);
  }
  const writeIn = parseWriteInEntry(value);
  return writeIn.ok && (!inventory || writeIn.value.mark !== undefined);
}


/** The rule checks, once the values themselves are fine. */
function checkRules(doc: Y.Doc, changes: ReadonlyMap<RootMap, KeyChange[]>, ctx: CheckContext): TransactionProblem | null {
  const rules = ctx.rules;
  if (!rules) return null;
  const inventory = ctx.list.mode === 'inventory';
  const choiceChanges = [...(changes.get('picks') ?? []).map((c) => ['picks', c] as const), ...(changes.get('writeIns') ?? []).map((c) => ['writeIns', c] as const)];
  const ownAgreements = (changes.get('agreements') ?? []).filter((c) => c.added !== null);
  if (choiceChanges.length === 0 && ownAgreements.length === 0) return null;
  const grew = choiceChanges.filter(([root, c]) => !countsAsChosen(root, c.before, inventory) && countsAsChosen(root, c.after, inventory));
  const shrank = choiceChanges.filter(([root, c]) => countsAsChosen(root, c.before, inventory) && !countsAsChosen(root, c.after, inventory));
  // The whole plan is read and evaluated only when a maximum can have been passed or an agreement judged
  // (issue 17: half the ticks are unticks, which did both for nothing).
  const max = grew.length > shrank.length ? rules.maxTotal : null;
  if (max === null && ownAgreements.length === 0) return null;
  const choices = ctx.choices?.() ?? choicesOf(doc);
  const evaluation = evaluatePlan(choices, ctx.list, rules);
  if (max !== null && evaluation.chosenCount > max) {
    // Undo as many of the new choices as the plan is over (never more than this change added), the latest first:
    // a plan already over a maximum the leader lowered keeps its choices until the pair fixes it.
    const excess = Math.min(evaluation.chosenCount - max, grew.length - shrank.length);
    const latest = grew.flatMap(([, c]) => (c.added ? [c.added] : [])).sort((a, b) => b.id.clock - a.id.clock || b.id.client - a.id.client);
    return { kind: 'rule', rule: 'over-max', reason: `the plan already has the maximum of ${max}`, undo: rangesOf(latest.slice(0, excess)) };
  }
  if (ownAgreements.length === 0) return null;
  const undo = rangesOf(ownAgreements.flatMap((c) => (c.added ? [c.added] : [])));
  if (!evaluation.valid) return { kind: 'rule', rule: 'agreement-invalid', reason: 'a plan that breaks the rules cannot be agreed', undo };
  const fingerprint = planFingerprint(choices);
  for (const c of ownAgreements) {
    const agreement = parseAgreement(c.after);
    if (agreement.ok && agreement.value.fingerprint !== fingerprint) {
      return { kind: 'rule', rule: 'agreement-stale', reason: 'the plan changed before the agreement arrived', undo };
    }
  }
  return null;
}

const listIds = new WeakMap<ActivityList, ReadonlyMap<string, string>>();

/**
 * Validates what `transaction` changed in `doc`. Returns `null` when the
 * resulting document fits the schema and the rules, else the problem.
 */
export function validateTransaction(doc: Y.Doc, transaction: Y.Transaction, context: ValidationContext): TransactionProblem | null {
  let ids = listIds.get(context.list);
  if (!ids) listIds.set(context.list, (ids = indexActivities(context.list)));
  const ctx: CheckContext = { ...context, ids };
  if (doc.share.size > ROOT_MAPS.length + maxTextRoots(ids)) return invalid('too many text fields');
  for (const name of doc.share.keys()) {
    if (!(ROOT_MAPS as readonly string[]).includes(name) && !parseTextRootName(name)) return invalid(`unknown top-level type "${name.slice(0, 40)}"`);
  }
  const changes = new Map<RootMap, KeyChange[]>();
  let textProblem: TransactionProblem | null = null;
  for (const [changedType, keys] of transaction.changed) {
    const type = changedType as unknown as TypeInternals;
    if (type._item !== null) return invalid('nested types are not allowed');
    const name = rootNameOf(doc, changedType);
    const textField = name === null ? null : parseTextRootName(name);
    if (textField) {
      if ([...keys].some((key) => key !== null)) return invalid('a text field holds no attributes');
      const problem = checkText(type, textField, doc, transaction, ctx);
      if (problem?.kind === 'invalid') return problem;
      textProblem ??= problem;
      continue;
    }
    const root = ROOT_MAPS.find((r) => r === name);
    if (!root) return invalid('change to an unknown type');
    if (type._start !== null) return invalid(`${root} must be a map`);
    const check = ROOT_CHECKS[root];
    const rootChanges: KeyChange[] = [];
    for (const key of keys) {
      if (key === null) return invalid(`${root} must be a map`);
      const change = keyChange(type, key, transaction);
      if (!change) continue;
      if (change.after !== undefined && JSON.stringify(change.after).length > MAX_VALUE_JSON) return invalid(`value of ${root}.${key.slice(0, 40)} is too large`);
      const problem = change.after !== undefined ? check.value(key, change.after, ctx) : null;
      if (problem) return invalid(problem);
      const removal = change.before !== undefined ? check.removal?.(key, ctx) : null;
      if (removal) return invalid(removal);
      rootChanges.push(change);
    }
    const countProblem = check.counts?.(changedType as unknown as Y.Map<unknown>);
    if (countProblem) return invalid(countProblem);
    changes.set(root, rootChanges);
  }
  const ruleProblem = checkRules(doc, changes, ctx);
  if (ruleProblem?.kind === 'rule' && textProblem?.kind === 'rule') return { ...ruleProblem, undo: [...ruleProblem.undo, ...textProblem.undo] };
  return ruleProblem ?? textProblem;
}

/**
 * An update that holds only a delete set: the given struct ranges deleted
 * (Yjs update format v1: no structs, then the delete set by client).
 */
export function encodeDeletions(ranges: readonly StructRange[]): Uint8Array {
  const byClient = new Map<number, StructRange[]>();
  for (const r of ranges) byClient.set(r.client, [...(byClient.get(r.client) ?? []), r]);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, byClient.size);
  for (const [client, list] of byClient) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, list.length);
    for (const r of list) {
      encoding.writeVarUint(encoder, r.clock);
      encoding.writeVarUint(encoder, r.length);
    }
  }
  return encoding.toUint8Array(encoder);
}
