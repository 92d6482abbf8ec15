/**
 * Yjs updates (format v1) written byte by byte for the benchmark's
 * simulated partners (issue 17: a load generator cheaper than the server it
 * drives): no Y.Doc per client, just the one item or delete range a
 * keystroke or tick produces, in exactly the encoding Yjs itself writes
 * (tests/unit/bench/yjsUpdates.test.ts applies them to real Y.Docs). On the
 * way back only the ids are read: that is all latency needs.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A struct's id: the Yjs client and its clock. */
export interface StructId {
  readonly client: number;
  readonly clock: number;
}

/** Content refs and info bits of Yjs's Item encoding (yjs/src/structs/Item.js). */
const CONTENT_STRING = 4;
const CONTENT_ANY = 8;
const HAS_ORIGIN = 0x80;
const HAS_PARENT_SUB = 0x20;

/** What one item holds: a JSON value (a root map's key) or a string (a root text's characters). */
export type ItemContent = { readonly any: unknown } | { readonly str: string };

/**
 * An update holding one new item. Without `origin` it names its parent
 * (the root type `parent`, and `parentSub` for a map key); with one, Yjs
 * infers the parent from the origin, so neither is written.
 */
export function encodeItemUpdate(id: StructId, origin: StructId | null, parent: string, parentSub: string | null, content: ItemContent): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
  const ref = 'str' in content ? CONTENT_STRING : CONTENT_ANY;
  encoding.writeUint8(encoder, ref | (origin ? HAS_ORIGIN : 0) | (parentSub !== null ? HAS_PARENT_SUB : 0));
  if (origin) {
    encoding.writeVarUint(encoder, origin.client);
    encoding.writeVarUint(encoder, origin.clock);
  } else {
    encoding.writeVarUint(encoder, 1); // the parent is a root type, named by its key
    encoding.writeVarString(encoder, parent);
    if (parentSub !== null) encoding.writeVarString(encoder, parentSub);
  }
  if ('str' in content) encoding.writeVarString(encoder, content.str);
  else {
    encoding.writeVarUint(encoder, 1);
    encoding.writeAny(encoder, content.any as never);
  }
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/** An update that only deletes: `ranges` of one client's clocks, `[clock, length]` each, in ascending order. */
export function encodeDeleteUpdate(client: number, ranges: readonly (readonly [number, number])[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client's deletions
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, ranges.length);
  for (const [clock, length] of ranges) {
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarUint(encoder, length);
  }
  return encoding.toUint8Array(encoder);
}

/** Every id an update inserts (one per clock: a struct of length n covers n) and every id it deletes. */
export interface UpdateIds {
  readonly inserts: StructId[];
  readonly deletes: StructId[];
}

/**
 * The ids an update carries. The one-struct updates a partner writes (and
 * most servers relay as they are) are read here, varint by varint; anything
 * else — Hocuspocus 4 batches several partners' updates into one merged
 * update — is decoded by Yjs.
 */
export function readIds(update: Uint8Array): UpdateIds {
  return readSingleStruct(update) ?? readAnyUpdate(update);
}

const HAS_RIGHT_ORIGIN = 0x40;

/** One client, one struct, no deletions — or a deletions-only update of one client —, else null. */
function readSingleStruct(update: Uint8Array): UpdateIds | null {
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  if (clients === 0) {
    if (decoding.readVarUint(decoder) !== 1) return null;
    const client = decoding.readVarUint(decoder);
    const deletes: StructId[] = [];
    for (let ranges = decoding.readVarUint(decoder); ranges > 0; ranges--) {
      const clock = decoding.readVarUint(decoder);
      for (let n = decoding.readVarUint(decoder), k = 0; k < n; k++) deletes.push({ client, clock: clock + k });
    }
    return decoding.hasContent(decoder) ? null : { inserts: [], deletes };
  }
  if (clients !== 1 || decoding.readVarUint(decoder) !== 1) return null;
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  const info = decoding.readUint8(decoder);
  const ref = info & 0x1f;
  if (ref !== CONTENT_ANY && ref !== CONTENT_STRING) return null;
  const skipId = (): void => {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  };
  if (info & HAS_ORIGIN) skipId();
  if (info & HAS_RIGHT_ORIGIN) skipId();
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    if (decoding.readVarUint(decoder) !== 1) return null;
    decoding.readVarString(decoder);
    if (info & HAS_PARENT_SUB) decoding.readVarString(decoder);
  }
  let length: number;
  if (ref === CONTENT_STRING) length = decoding.readVarString(decoder).length;
  else {
    length = decoding.readVarUint(decoder);
    for (let k = 0; k < length; k++) decoding.readAny(decoder);
  }
  if (decoding.readVarUint(decoder) !== 0 || decoding.hasContent(decoder)) return null;
  return { inserts: Array.from({ length }, (_, k) => ({ client, clock: clock + k })), deletes: [] };
}

/** Any update, decoded by Yjs. */
function readAnyUpdate(update: Uint8Array): UpdateIds {
  const { structs, ds } = Y.decodeUpdate(update);
  const inserts: StructId[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (let k = 0; k < struct.length; k++) inserts.push({ client: struct.id.client, clock: struct.id.clock + k });
  }
  const deletes: StructId[] = [];
  for (const [client, items] of ds.clients) {
    for (const { clock, len } of items) for (let k = 0; k < len; k++) deletes.push({ client, clock: clock + k });
  }
  return { inserts, deletes };
}
