/**
 * Gap detection for one room's relayed frames. Every frame a publisher
 * sends for a room carries the next number of that (room, publisher)
 * sequence; a subscriber that sees a number other than the one after the
 * last it saw from that publisher has missed frames (issue "Airtight",
 * finding 4).
 *
 * The first frame from a publisher also counts as a possible gap, whatever
 * its number: either this instance subscribed mid-stream, or the publisher
 * is an instance that restarted (a new id), whose predecessor may have
 * stored an update and died before publishing it — a loss no sequence
 * number can show. One resync per new publisher covers both.
 */

/** Publishers remembered per room; one forgotten and heard again costs one resync. */
const MAX_PUBLISHERS = 32;

export class RoomSequences {
  private readonly last = new Map<string, number>();

  /** Records frame `seq` from `publisher`; returns whether frames may have been missed. */
  observe(publisher: string, seq: number): boolean {
    const last = this.last.get(publisher);
    this.last.delete(publisher);
    this.last.set(publisher, seq);
    if (this.last.size > MAX_PUBLISHERS) this.last.delete(this.last.keys().next().value as string);
    return last === undefined || seq !== ((last + 1) >>> 0);
  }
}
