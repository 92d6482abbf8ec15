/**
 * Zoom's breakout room pre-assignment CSV: header
 * `Pre-assign Room Name,Email Address`, rooms named `Room 1`, `Room 2`, …,
 * one row per person with an e-mail (people without one are left out:
 * Zoom needs the e-mail of a signed-in user). Written by {@link toSafeCsv}
 * like every other CSV, so an e-mail stored before the server checked them
 * cannot start a formula or break into a new cell or row (issue "Airtight",
 * finding 5).
 */
import { toSafeCsv, type CsvCell } from '../export/toSafeCsv.js';
import type { RosterPair } from './pairRoster.js';

/** The pre-assignment CSV of `pairs` (BOM, CRLF, quoted and neutralised cells). */
export function toZoomCsv(pairs: readonly RosterPair[]): string {
  const rows: CsvCell[][] = [['Pre-assign Room Name', 'Email Address']];
  for (const pair of pairs) {
    for (const m of pair.members) if (m.email) rows.push([`Room ${pair.n}`, m.email]);
  }
  return toSafeCsv(rows);
}
