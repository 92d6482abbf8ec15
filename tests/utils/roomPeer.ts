/**
 * A partner as a pair room sees it, without a socket: the sync frames the
 * room sends it (the partners' updates, and the undo of a refused change)
 * are applied to `doc`, so a test drives PairRoom.ingest directly and reads
 * what the partner would end up with.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { RoomPeer } from '../../server/rooms/PairRoom.js';

export function roomPeer(actor: { readonly id: string; readonly name: string }, doc: Y.Doc): RoomPeer {
  return {
    participantId: actor.id,
    name: actor.name,
    send(frame) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) !== 0) return;
      const sub = decoding.readVarUint(decoder);
      if (sub === 1 || sub === 2) Y.applyUpdate(doc, decoding.readVarUint8Array(decoder), 'server');
    },
    close: () => undefined,
  };
}
