/**
 * The only code that reads or writes the Y types of a pair document.
 * Every change is one `doc.transact`, so a partner sees it whole.
 */
import * as Y from 'yjs';
import {
  DETAIL_FIELDS,
  LIMITS,
  ROOT_MAPS,
  WRITE_IN_PREFIX,
  parseDetailKey,
  toDetailKey,
  type Actor,
  type DetailField,
  type HelpFlag,
  type ItemDetails,
  type Mark,
  type PlanSnapshot,
  type RootMap,
} from './schema.js';
import { parseAgreement, parseDetail, parseHelpFlag, parsePick, parseWriteIn, type Parsed } from './parseValues.js';

/** The root map `name` of a pair document. */
export function rootMap(doc: Y.Doc, name: RootMap): Y.Map<unknown> {
  return doc.getMap<unknown>(name);
}

/** Instantiates every root map so observers and validators see them. */
export function initPlanDoc(doc: Y.Doc): Y.Doc {
  for (const name of ROOT_MAPS) rootMap(doc, name);
  return doc;
}

/** Chooses (or re-marks) a listed activity. */
export function setPick(doc: Y.Doc, activityId: string, actor: Actor, now: number, mark?: Mark): void {
  doc.transact(() => {
    rootMap(doc, 'picks').set(activityId, { by: actor.id, name: actor.name, at: now, ...(mark ? { mark } : {}) });
  });
}

/** Unchooses a listed activity (its details stay, for an undo by re-ticking). */
export function removePick(doc: Y.Doc, activityId: string): void {
  doc.transact(() => {
    rootMap(doc, 'picks').delete(activityId);
  });
}

/** Adds a write-in activity to a strategy and returns its id. */
export function addWriteIn(
  doc: Y.Doc,
  strategyId: string,
  text: string,
  actor: Actor,
  now: number,
  mark?: Mark,
): string {
  const id = `${WRITE_IN_PREFIX}${Math.random().toString(36).slice(2, 10)}`;
  doc.transact(() => {
    rootMap(doc, 'writeIns').set(id, {
      strategyId,
      text: text.slice(0, LIMITS.writeInLength),
      by: actor.id,
      name: actor.name,
      at: now,
      ...(mark ? { mark } : {}),
    });
  });
  return id;
}

/** Replaces a write-in's text or mark, keeping who wrote it. */
export function updateWriteIn(doc: Y.Doc, id: string, change: { text?: string; mark?: Mark }): void {
  doc.transact(() => {
    const map = rootMap(doc, 'writeIns');
    const parsed = parseWriteIn(map.get(id));
    if (!parsed.ok) return;
    const text = (change.text ?? parsed.value.text).slice(0, LIMITS.writeInLength);
    map.set(id, { ...parsed.value, text, ...(change.mark ? { mark: change.mark } : {}) });
  });
}

/** Removes a write-in and its details. */
export function removeWriteIn(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    rootMap(doc, 'writeIns').delete(id);
    const details = rootMap(doc, 'details');
    for (const field of DETAIL_FIELDS) details.delete(toDetailKey(id, field));
  });
}

/** Sets one detail of an item; `undefined` (or an empty value) clears it. */
export function setDetail<F extends DetailField>(doc: Y.Doc, itemId: string, field: F, value: ItemDetails[F]): void {
  doc.transact(() => {
    const details = rootMap(doc, 'details');
    const key = toDetailKey(itemId, field);
    const empty = value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);
    if (empty) details.delete(key);
    else details.set(key, Array.isArray(value) ? [...value] : value);
  });
}

/** Records that `actor` agrees to the plan with this fingerprint. */
export function agree(doc: Y.Doc, actor: Actor, fingerprint: string, now: number): void {
  doc.transact(() => {
    rootMap(doc, 'agreements').set(actor.id, { name: actor.name, fingerprint, at: now });
  });
}

/** Removes `actorId`'s agreement. */
export function withdrawAgreement(doc: Y.Doc, actorId: string): void {
  doc.transact(() => {
    rootMap(doc, 'agreements').delete(actorId);
  });
}

/** Turns the pair's "Ask for help" request on or off. */
export function setHelp(doc: Y.Doc, on: boolean, actor: Actor, now: number): void {
  doc.transact(() => {
    const flag: HelpFlag = { on, by: actor.id, name: actor.name, at: now };
    rootMap(doc, 'flags').set('help', flag);
  });
}

/** Copies the valid entries of a root map through `parse`, skipping the rest. */
function collect<T>(map: Y.Map<unknown>, parse: (v: unknown) => Parsed<T>): Record<string, T> {
  const out: Record<string, T> = {};
  map.forEach((value, key) => {
    const parsed = parse(value);
    if (parsed.ok) out[key] = parsed.value;
  });
  return out;
}

/** Groups the `details` keys by item. */
function collectDetails(map: Y.Map<unknown>): Record<string, ItemDetails> {
  const out: Record<string, ItemDetails> = {};
  map.forEach((value, key) => {
    const parsedKey = parseDetailKey(key);
    if (!parsedKey) return;
    const parsed = parseDetail(parsedKey.field, value);
    if (!parsed.ok) return;
    const item = (out[parsedKey.itemId] ??= {});
    (item as Record<string, unknown>)[parsedKey.field] = parsed.value;
  });
  return out;
}

/** A plain copy of the document; malformed entries are left out. */
export function toSnapshot(doc: Y.Doc): PlanSnapshot {
  const help = parseHelpFlag(rootMap(doc, 'flags').get('help'));
  return {
    picks: collect(rootMap(doc, 'picks'), parsePick),
    writeIns: collect(rootMap(doc, 'writeIns'), parseWriteIn),
    details: collectDetails(rootMap(doc, 'details')),
    agreements: collect(rootMap(doc, 'agreements'), parseAgreement),
    help: help.ok ? help.value : null,
  };
}
