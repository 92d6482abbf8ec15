/**
 * Which Zoom participant goes to which breakout room when pairplan creates
 * the rooms (issue 16): a roster member whose Zoom screen name is their
 * roster name (case and spacing aside) goes to their pair's room; everyone
 * else stays for the host to place. Pure, for the host panel and the tests.
 */

/** A person Zoom lists: their stable UUID and the name they show. */
export interface ZoomPerson {
  readonly participantUUID: string;
  readonly displayName: string;
}

/** One assignment: this participant to the room of this pair. */
export interface RosterAssignment {
  readonly participantUUID: string;
  readonly pair: number;
}

const key = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** The assignments for the roster `pairs` among `people`; each person at most once, the first match wins. */
export function assignRoster(pairs: readonly { readonly n: number; readonly members: readonly { readonly name: string }[] }[], people: readonly ZoomPerson[]): RosterAssignment[] {
  const byName = new Map<string, ZoomPerson[]>();
  for (const person of people) byName.set(key(person.displayName), [...(byName.get(key(person.displayName)) ?? []), person]);
  const out: RosterAssignment[] = [];
  for (const pair of pairs) {
    for (const member of pair.members) {
      const match = byName.get(key(member.name))?.shift();
      if (match) out.push({ participantUUID: match.participantUUID, pair: pair.n });
    }
  }
  return out;
}
