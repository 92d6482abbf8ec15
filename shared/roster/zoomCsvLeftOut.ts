/**
 * Who the Zoom pre-assignment CSV (toZoomCsv.ts) leaves out: the
 * roster members without an e-mail, with their pair (issue 14). The leader
 * sees them where the file is downloaded, to place them by hand in Zoom.
 */
import type { RosterPair } from './pairRoster.js';

/** One roster member the file leaves out. */
export interface LeftOutMember {
  readonly name: string;
  /** Their pair: the Zoom room `Room <n>`. */
  readonly pair: number;
}

/** The members of `pairs` that `toZoomCsv(pairs)` has no row for, in pair order. */
export function zoomCsvLeftOut(pairs: readonly RosterPair[]): LeftOutMember[] {
  return [...pairs].sort((a, b) => a.n - b.n).flatMap((p) => p.members.filter((m) => !m.email).map((m) => ({ name: m.name, pair: p.n })));
}
