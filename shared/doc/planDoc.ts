/**
 * The only code that reads or writes the Y types of a pair document.
 * Every change is one `doc.transact`, so a partner sees it whole.
 */
import * as Y from 'yjs';
import {
  DETAIL_FIELDS,
  TEXT_DETAIL_FIELDS,
  VALUE_DETAIL_FIELDS,
  WRITE_IN_TEXT,
  isEmptyDetail,
  isTextDetail,
  parseDetailKey,
  parseTextRootName,
  textSpec,
  toDetailKey,
  parseDetail,
  type DetailField,
  type ItemDetails,
  type Parsed,
} from './fields.js';
import { parseAgreement, parseHelpFlag, parsePick, parseWriteInEntry } from './parseValues.js';
import {
  ROOT_MAPS,
  WRITE_IN_PREFIX,
  type Actor,
  type HelpFlag,
  type Mark,
  type PlanSnapshot,
  type RootMap,
  type WriteIn,
  type WriteInEntry,
} from './schema.js';
import { fieldText, readText, replaceText, sharedText } from './sharedText.js';

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
    const entry: WriteInEntry = { strategyId, by: actor.id, name: actor.name, at: now, ...(mark ? { mark } : {}) };
    rootMap(doc, 'writeIns').set(id, entry);
    sharedText(doc, id, WRITE_IN_TEXT.field).insert(0, text.slice(0, WRITE_IN_TEXT.spec.max));
  });
  return id;
}

/** Changes a write-in's mark, keeping who wrote it (its text is edited as shared text). */
export function markWriteIn(doc: Y.Doc, id: string, mark: Mark): void {
  doc.transact(() => {
    const map = rootMap(doc, 'writeIns');
    const parsed = parseWriteInEntry(map.get(id));
    if (parsed.ok && parsed.value.mark !== mark) map.set(id, { ...parsed.value, mark });
  });
}

/** Removes a write-in, its details and its texts. */
export function removeWriteIn(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    rootMap(doc, 'writeIns').delete(id);
    const details = rootMap(doc, 'details');
    for (const field of VALUE_DETAIL_FIELDS) details.delete(toDetailKey(id, field));
    for (const field of [...TEXT_DETAIL_FIELDS, WRITE_IN_TEXT.field]) {
      if (fieldText(doc, id, field) !== '') sharedText(doc, id, field).delete(0, sharedText(doc, id, field).length);
    }
  });
}

/**
 * Sets one detail of an item; `undefined` (or an empty value) clears it. A
 * text field is changed by its smallest edit, so it merges with a partner's
 * typing (the pair room's inputs edit the Y.Text directly).
 */
export function setDetail<F extends DetailField>(doc: Y.Doc, itemId: string, field: F, value: ItemDetails[F]): void {
  doc.transact(() => {
    if (isTextDetail(field)) {
      const next = typeof value === 'string' ? value.slice(0, textSpec(field).max) : '';
      if (next !== fieldText(doc, itemId, field)) replaceText(sharedText(doc, itemId, field), next);
      return;
    }
    const details = rootMap(doc, 'details');
    const key = toDetailKey(itemId, field);
    if (isEmptyDetail(field, value)) details.delete(key);
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

/**
 * The leader's answer to the pair's help request (issue 14), written by the
 * server (server/http/helpAnswers.ts): `acknowledge` marks the request "On
 * my way" at `now`, `clear` turns it off (as if the pair had withdrawn it).
 * Returns whether there was a request to answer (nothing is written otherwise).
 */
export function answerHelp(doc: Y.Doc, answer: 'acknowledge' | 'clear', now: number): boolean {
  const flags = rootMap(doc, 'flags');
  const current = parseHelpFlag(flags.get('help'));
  if (!current.ok || !current.value.on) return false;
  if (answer === 'acknowledge' && current.value.ackAt !== undefined) return true;
  const { ackAt: _ackAt, ...request } = current.value;
  const next: HelpFlag = answer === 'acknowledge' ? { ...request, ackAt: now } : { ...request, on: false, at: now };
  doc.transact(() => flags.set('help', next));
  return true;
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

/** A write-in as the snapshot shows it: its entry and its text (`null`: none, or malformed). */
export function readWriteIn(doc: Y.Doc, id: string): WriteIn | null {
  const entry = parseWriteInEntry(rootMap(doc, 'writeIns').get(id));
  return entry.ok ? { ...entry.value, text: fieldText(doc, id, WRITE_IN_TEXT.field) } : null;
}

/** The details of one item, from its `details` keys and its text roots (`null`: none). */
export function readItemDetails(doc: Y.Doc, itemId: string): ItemDetails | null {
  const item: Record<string, unknown> = {};
  const details = rootMap(doc, 'details');
  for (const field of DETAIL_FIELDS) {
    if (isTextDetail(field)) {
      const text = fieldText(doc, itemId, field);
      if (text !== '') item[field] = text;
      continue;
    }
    const key = toDetailKey(itemId, field);
    if (!details.has(key)) continue;
    const parsed = parseDetailValue(field, details.get(key));
    if (parsed !== undefined) item[field] = parsed;
  }
  return Object.keys(item).length > 0 ? (item as ItemDetails) : null;
}

function parseDetailValue(field: DetailField, value: unknown): unknown {
  const parsed = parseDetail(field, value);
  return parsed.ok ? parsed.value : undefined;
}

/** The ids of every item with details: `details` keys and text roots holding text. */
function itemsWithDetails(doc: Y.Doc): Set<string> {
  const items = new Set<string>();
  rootMap(doc, 'details').forEach((_value, key) => {
    const parsed = parseDetailKey(key);
    if (parsed) items.add(parsed.itemId);
  });
  for (const [name, type] of doc.share) {
    const parsed = parseTextRootName(name);
    if (parsed && parsed.field !== WRITE_IN_TEXT.field && type._length > 0 && readText(type) !== '') items.add(parsed.itemId);
  }
  return items;
}

/** A plain copy of the document; malformed entries are left out. */
export function toSnapshot(doc: Y.Doc): PlanSnapshot {
  const help = parseHelpFlag(rootMap(doc, 'flags').get('help'));
  const writeIns: Record<string, WriteIn> = {};
  rootMap(doc, 'writeIns').forEach((_value, id) => {
    const writeIn = readWriteIn(doc, id);
    if (writeIn) writeIns[id] = writeIn;
  });
  const details: Record<string, ItemDetails> = {};
  for (const itemId of itemsWithDetails(doc)) {
    const item = readItemDetails(doc, itemId);
    if (item) details[itemId] = item;
  }
  return {
    picks: collect(rootMap(doc, 'picks'), parsePick),
    writeIns,
    details,
    agreements: collect(rootMap(doc, 'agreements'), parseAgreement),
    help: help.ok ? help.value : null,
  };
}
