/**
 * Yjs updates (format v1) written byte by byte for the benchmark's
 * simulated partners (issue 17: a load generator cheaper than the server it
 * drives): no Y.Doc per client, just the one item or delete range a
 * keystroke or tick produces, in exactly the encoding Yjs itself writes
 * (tests/unit/bench/yjsUpdates.test.ts applies them to real Y.Docs). On the
 * way back only the first struct's id is read: that is all latency needs.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

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

/** The first thing an update carries: a new struct's id, or the first id it deletes; `null` when empty. */
export type FirstId = { readonly kind: 'insert' | 'delete'; readonly id: StructId } | null;

/** Reads only the first id of an update (v1): two or three varints, never the content. */
export function readFirstId(update: Uint8Array): FirstId {
  const decoder = decoding.createDecoder(update);
  if (decoding.readVarUint(decoder) > 0) {
    decoding.readVarUint(decoder); // structs of that client
    const client = decoding.readVarUint(decoder);
    return { kind: 'insert', id: { client, clock: decoding.readVarUint(decoder) } };
  }
  if (decoding.readVarUint(decoder) === 0) return null;
  const client = decoding.readVarUint(decoder);
  if (decoding.readVarUint(decoder) === 0) return null;
  return { kind: 'delete', id: { client, clock: decoding.readVarUint(decoder) } };
}
