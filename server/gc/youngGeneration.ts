/**
 * Keeping what one frame allocates in V8's young generation.
 *
 * A young-generation collection (a scavenge) keeps alive whatever an
 * old-generation object points to, dead or not: it does not know which old
 * objects are garbage until the next full collection. Two libraries on our
 * hot path hold a long-lived object's container that waits empty between a
 * room's frames, fill it for one frame and then replace it:
 *
 * - Yjs's `transact()` pushes each transaction into `doc._transactionCleanups`
 *   and, once the transaction is cleaned up, sets a new empty array there;
 * - ws's receiver pushes each message's bytes into `receiver._fragments` and
 *   sets a new empty array there once the message is emitted.
 *
 * A room waits about half a second between frames, several scavenges at
 * 1,000 pairs, so the empty array it waits with has been moved to the old
 * generation by the time it is filled. The array it is then replaced by is
 * garbage, but old, and it points to the transaction (and the maps, sets and
 * structs it holds) or to the message's bytes, which every scavenge then
 * copies until a full collection: most of what the server promoted to the
 * old generation at 1,000 pairs (docs/benchmark.md, "Young garbage kept by
 * old arrays"). Handing each frame a fresh empty container, allocated just
 * before it is filled, keeps all of it young, where it dies.
 *
 * Both reach into a library's private field;
 * tests/unit/server/youngGeneration.test.ts fails if either library stops
 * using it the way described here.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type * as Y from 'yjs';

interface DocInternals {
  _transaction: unknown;
  _transactionCleanups: unknown[];
}

/**
 * Gives `doc` a new, empty list for the transactions the next change makes,
 * so that list is young when Yjs fills it. Call it just before applying an
 * update; it does nothing while a transaction runs.
 */
export function freshTransactionList(doc: Y.Doc): void {
  const internals = doc as unknown as DocInternals;
  if (internals._transaction === null && internals._transactionCleanups.length === 0) internals._transactionCleanups = [];
}

interface ReceiverInternals {
  _fragments: unknown[];
}

/**
 * Before each chunk `ws`'s socket delivers to its receiver, gives the
 * receiver a new, empty list for the message's fragments when its own is
 * empty (no message is half received), so the list it fills is young.
 */
export function freshFragmentLists(ws: WebSocket): void {
  const { _receiver: receiver, _socket: socket } = ws as unknown as { _receiver: ReceiverInternals | null; _socket: Duplex | null };
  if (!receiver || !socket || !Array.isArray(receiver._fragments)) return;
  socket.prependListener('data', () => {
    if (receiver._fragments.length === 0) receiver._fragments = [];
  });
}
