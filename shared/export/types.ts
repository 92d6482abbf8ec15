/**
 * What the exporters read. They take plain values (a plan snapshot, the
 * workshop's list and rules), never Y types or server records, so the pair
 * room, the dashboard, the server and the tests format the same way.
 */
import type { PlanSnapshot } from '../doc/schema.js';
import type { Translate } from '../i18n/translate.js';
import type { ActivityList, Rules } from '../lists/types.js';
import type { RosterPair } from '../roster/pairRoster.js';
import type { PlanPartner } from './planPartners.js';

/** One pair's plan and everything its exports show. */
export interface PlanExportInput {
  readonly workshopTitle: string;
  readonly pair: number;
  /** The pair's partners and whether each agreed (see {@link planPartners}). */
  readonly partners: readonly PlanPartner[];
  readonly plan: PlanSnapshot;
  readonly list: ActivityList;
  readonly rules: Rules;
  /** Words of the headings and labels; English when absent. */
  readonly t?: Translate;
  /** Participants in the room now (ids), for the agreement state; none after the workshop. */
  readonly presentIds?: readonly string[];
  /** When the export was made (ms); printed as the date when given. */
  readonly exportedAt?: number;
  /** The workshop's time zone (IANA), where times are printed; UTC when absent. */
  readonly timeZone?: string;
}

/** A pair of a workshop: its roster members and the names of others who joined it so far. */
export interface ExportPairSlot extends RosterPair {
  readonly joined?: readonly string[];
}

/**
 * A workshop as the exporters see it: its title, list, rules, roster and who
 * joined each pair. The server's `WorkshopRecord` has this shape (and more,
 * never exported).
 */
export interface WorkshopExport {
  readonly title: string;
  readonly list: ActivityList;
  readonly rules: Rules;
  readonly pairs: readonly ExportPairSlot[];
  /** The workshop's time zone (IANA), where times are printed; UTC when absent (older workshops). */
  readonly timeZone?: string;
  /** Issue 14: the leader's messages sent so far (`pair`: to that pair only), oldest first. */
  readonly messages?: readonly { readonly id: string; readonly text: string; readonly at: number; readonly pair?: number }[];
}

/**
 * A numbered pair's plan. The dashboard's `PairSummary` has this shape;
 * `present` (who is in the room now) decides whether the plan is agreed.
 */
export interface ExportPair {
  readonly n: number;
  readonly plan: PlanSnapshot;
  readonly present?: readonly { readonly id: string; readonly name: string }[];
}
