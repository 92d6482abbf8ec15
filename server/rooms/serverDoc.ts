/**
 * A Y.Doc for the server's own use, with a fixed guid. Yjs gives every new
 * document a random guid (lib0's uuidv4: 31 calls to
 * `crypto.getRandomValues`, about 75 µs here), which only subdocuments use;
 * the server's documents are never subdocuments. A room makes two when it
 * loads, so 1,000 rooms joining spent about 0.2 s of the loop on guids. The
 * client id stays random (one call).
 */
import * as Y from 'yjs';

export function serverDoc(options: { gc?: boolean } = {}): Y.Doc {
  return new Y.Doc({ ...options, guid: 'pairplan-server' });
}
