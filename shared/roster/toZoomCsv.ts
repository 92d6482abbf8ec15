/**
 * Zoom's breakout room pre-assignment CSV: header
 * `Pre-assign Room Name,Email Address`, rooms named `Room 1`, `Room 2`, …,
 * one row per person with an e-mail (people without one are left out:
 * Zoom needs the e-mail of a signed-in user).
 */
import type { RosterPair } from './pairRoster.js';

export function toZoomCsv(pairs: readonly RosterPair[]): string {
  const rows = ['Pre-assign Room Name,Email Address'];
  for (const pair of pairs) {
    for (const m of pair.members) if (m.email) rows.push(`Room ${pair.n},${m.email}`);
  }
  return `${rows.join('\r\n')}\r\n`;
}
