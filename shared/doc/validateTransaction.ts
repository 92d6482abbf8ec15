/**
 * The server's check of every incoming update: after applying it to a
 * shadow copy of the room's document, each value the transaction touched
 * must fit the schema (known activity ids, allowed marks, bounded text and
 * counts, no unknown or nested types), and the author fields must name the
 * sender. A reason string comes back for the first problem found.
 */
import type * as Y from 'yjs';
import type { ActivityList } from '../lists/types.js';
import { indexActivities } from '../rules/evaluatePlan.js';
import { LIMITS, ROOT_MAPS, WRITE_IN_PREFIX, parseDetailKey, type Actor, type RootMap } from './schema.js';
import { parseAgreement, parseDetail, parseHelpFlag, parsePick, parseWriteIn } from './parseValues.js';

/** What the validator needs to know besides the document. */
export interface ValidationContext {
  readonly list: ActivityList;
  /** The participant who sent the update, or `null` to skip author checks. */
  readonly author: Actor | null;
}

/** Largest JSON size of one stored value, in characters. */
export const MAX_VALUE_JSON = 2048;

interface MapInternals {
  _item: unknown;
  _start: unknown;
  _map: Map<string, MapItem>;
}

interface MapItem {
  deleted: boolean;
  length: number;
  id: { client: number; clock: number };
  content: { getContent(): unknown[] };
}

/** The current value of `key` in a root type, read without assuming it was typed as a Y.Map. */
function mapValue(type: MapInternals, key: string): unknown {
  const item = type._map.get(key);
  if (!item || item.deleted) return undefined;
  return item.content.getContent()[item.length - 1];
}

function isAuthoredBy(value: { by: string; name: string }, author: Actor | null): boolean {
  return author === null || (value.by === author.id && value.name === author.name);
}

/** Checks one changed entry of root map `root`; `undefined` values are deletions (always fine). */
function checkEntry(root: RootMap, key: string, value: unknown, ctx: ValidationContext, ids: ReadonlyMap<string, string>): string | null {
  if (value === undefined) return null;
  if (JSON.stringify(value).length > MAX_VALUE_JSON) return `value of ${root}.${key} is too large`;
  const inventory = ctx.list.mode === 'inventory';
  switch (root) {
    case 'picks': {
      if (!ids.has(key)) return `unknown activity "${key.slice(0, 40)}"`;
      const pick = parsePick(value);
      if (!pick.ok) return pick.reason;
      if (inventory !== (pick.value.mark !== undefined)) return inventory ? 'inventory picks need a mark' : 'marks are for inventory mode';
      return isAuthoredBy(pick.value, ctx.author) ? null : 'a pick must name its sender';
    }
    case 'writeIns': {
      if (!key.startsWith(WRITE_IN_PREFIX) || key.length > LIMITS.idLength) return 'bad write-in id';
      if (!ctx.list.writeIns) return 'this list has no write-ins';
      const writeIn = parseWriteIn(value);
      if (!writeIn.ok) return writeIn.reason;
      if (!ctx.list.strategies.some((s) => s.id === writeIn.value.strategyId)) return 'write-in for an unknown strategy';
      if (inventory !== (writeIn.value.mark !== undefined)) return inventory ? 'inventory write-ins need a mark' : 'marks are for inventory mode';
      return isAuthoredBy(writeIn.value, ctx.author) ? null : 'a write-in must name its sender';
    }
    case 'details': {
      const parsedKey = parseDetailKey(key);
      if (!parsedKey) return 'bad detail key';
      const { itemId, field } = parsedKey;
      if (!ids.has(itemId) && !(itemId.startsWith(WRITE_IN_PREFIX) && itemId.length <= LIMITS.idLength)) {
        return 'detail for an unknown item';
      }
      const detail = parseDetail(field, value);
      return detail.ok ? null : detail.reason;
    }
    case 'agreements': {
      const agreement = parseAgreement(value);
      if (!agreement.ok) return agreement.reason;
      if (ctx.author && (key !== ctx.author.id || agreement.value.name !== ctx.author.name)) {
        return 'a partner can only agree for themselves';
      }
      return null;
    }
    case 'flags': {
      if (key !== 'help') return 'unknown flag';
      const flag = parseHelpFlag(value);
      if (!flag.ok) return flag.reason;
      return isAuthoredBy(flag.value, ctx.author) ? null : 'a help request must name its sender';
    }
  }
}

/** Checks the counts that bound a map's size. */
function checkCounts(root: RootMap, type: MapInternals): string | null {
  if (root === 'agreements') {
    let n = 0;
    for (const key of type._map.keys()) if (mapValue(type, key) !== undefined) n++;
    return n > LIMITS.agreements ? 'too many agreements' : null;
  }
  if (root === 'writeIns') {
    const perStrategy = new Map<string, number>();
    for (const key of type._map.keys()) {
      const w = parseWriteIn(mapValue(type, key));
      if (!w.ok) continue;
      const n = (perStrategy.get(w.value.strategyId) ?? 0) + 1;
      if (n > LIMITS.writeInsPerStrategy) return `more than ${LIMITS.writeInsPerStrategy} write-ins for one strategy`;
      perStrategy.set(w.value.strategyId, n);
    }
  }
  return null;
}

const listIds = new WeakMap<ActivityList, ReadonlyMap<string, string>>();

/**
 * Validates what `transaction` changed in `doc`. Returns `null` when the
 * resulting document fits the schema, else the reason.
 */
export function validateTransaction(doc: Y.Doc, transaction: Y.Transaction, ctx: ValidationContext): string | null {
  for (const name of doc.share.keys()) {
    if (!(ROOT_MAPS as readonly string[]).includes(name)) return `unknown top-level type "${name.slice(0, 40)}"`;
  }
  let ids = listIds.get(ctx.list);
  if (!ids) listIds.set(ctx.list, (ids = indexActivities(ctx.list)));
  for (const [changedType, keys] of transaction.changed) {
    const type = changedType as unknown as MapInternals;
    if (type._item !== null) return 'nested types are not allowed';
    const root = ROOT_MAPS.find((name) => doc.share.get(name) === changedType);
    if (!root) return 'change to an unknown type';
    if (type._start !== null) return `${root} must be a map`;
    for (const key of keys) {
      if (key === null) return `${root} must be a map`;
      // A value that lost a concurrent overwrite leaves an older winner in place:
      // that one was checked when it arrived, and its author is someone else.
      const item = type._map.get(key);
      const isNew = item !== undefined && item.id.clock >= (transaction.beforeState.get(item.id.client) ?? 0);
      if (item && !item.deleted && !isNew) continue;
      const problem = checkEntry(root, key, mapValue(type, key), ctx, ids);
      if (problem) return problem;
    }
    const countProblem = checkCounts(root, type);
    if (countProblem) return countProblem;
  }
  return null;
}
