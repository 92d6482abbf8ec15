/**
 * Bringing a stored pair document up to today's schema version, once, when
 * a room loads (and, in memory only, when a plan is read without loading
 * its room).
 *
 * Version 1 (until 2026-12) kept every typed text as a plain string: notes
 * and plan-draft fields as `details` values, a write-in's text inside its
 * `writeIns` entry. Version 2 moves each into its root Y.Text so partners
 * typing at once merge (see `fields.ts`).
 *
 * The migration writes as one fixed Yjs client, in a fixed order, so two
 * server instances that load the same room at once write the very same
 * items (Yjs keeps one copy) instead of the text twice.
 */
import * as Y from 'yjs';
import { TEXT_DETAIL_FIELDS, WRITE_IN_TEXT, type TextDetailField } from './fields.js';
import { rootMap } from './planDoc.js';
import { DOC_VERSION, LIMITS } from './schema.js';
import { fieldText, sharedText } from './sharedText.js';

/** The Yjs client id every migration writes as (a browser picks a random 32-bit id: a clash is a one-in-four-billion chance). */
export const MIGRATION_CLIENT_ID = 0x7fff_fffe;

/** The schema version a document was written at (no `meta.version`: 1). */
export function docVersion(doc: Y.Doc): number {
  const version = rootMap(doc, 'meta').get('version');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Version 1 → 2: typed strings become root texts. */
function toVersion2(doc: Y.Doc): void {
  const details = rootMap(doc, 'details');
  for (const key of [...details.keys()].sort()) {
    const at = key.lastIndexOf('|');
    const field = key.slice(at + 1);
    if (at <= 0 || !(TEXT_DETAIL_FIELDS as readonly string[]).includes(field)) continue;
    const value = details.get(key);
    details.delete(key);
    const itemId = key.slice(0, at);
    if (typeof value === 'string' && value !== '' && fieldText(doc, itemId, field as TextDetailField) === '') {
      sharedText(doc, itemId, field as TextDetailField).insert(0, value.slice(0, LIMITS.textFieldLength));
    }
  }
  const writeIns = rootMap(doc, 'writeIns');
  for (const id of [...writeIns.keys()].sort()) {
    const value = writeIns.get(id);
    if (typeof value !== 'object' || value === null || !('text' in value)) continue;
    const { text, ...entry } = value as Record<string, unknown>;
    writeIns.set(id, entry);
    if (typeof text === 'string' && text !== '' && fieldText(doc, id, WRITE_IN_TEXT.field) === '') {
      sharedText(doc, id, WRITE_IN_TEXT.field).insert(0, text.slice(0, LIMITS.writeInLength));
    }
  }
}

const MIGRATIONS: Readonly<Record<number, (doc: Y.Doc) => void>> = { 1: toVersion2 };

/**
 * The update that brings the document with this stored state to
 * {@link DOC_VERSION}, or `null` when it is already there.
 */
export function migrationUpdate(state: Uint8Array): Uint8Array | null {
  const doc = new Y.Doc({ gc: false });
  Y.applyUpdate(doc, state);
  // Set after the state is in: Yjs picks a new id when an incoming update already uses the document's own.
  doc.clientID = MIGRATION_CLIENT_ID;
  let version = docVersion(doc);
  if (version >= DOC_VERSION) {
    doc.destroy();
    return null;
  }
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => {
    update = update ? Y.mergeUpdates([update, u]) : u;
  });
  doc.transact(() => {
    for (; version < DOC_VERSION; version++) MIGRATIONS[version]?.(doc);
    rootMap(doc, 'meta').set('version', DOC_VERSION);
  });
  doc.destroy();
  return update;
}

/** Migrates a document in place (for a plan read without loading its room). */
export function migrateInPlace(doc: Y.Doc): void {
  if (docVersion(doc) >= DOC_VERSION) return;
  const update = migrationUpdate(Y.encodeStateAsUpdate(doc));
  if (update) Y.applyUpdate(doc, update, 'migrate');
}
