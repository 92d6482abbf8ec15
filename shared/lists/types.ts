/**
 * The shape of an activity list: the data every list in `shared/lists/` is
 * written in, served by `GET /api/lists`, imported from a leader's CSV/JSON,
 * and read by the rules engine, the tally and the exporters.
 */

/** How partners mark items: pick up to a maximum, or mark ✓ now / ☆ future. */
export const LIST_MODES = ['choose', 'inventory'] as const;
export type ListMode = (typeof LIST_MODES)[number];

/** One activity the partners can choose. `id` is stable and unique within its list. */
export interface Activity {
  readonly id: string;
  readonly text: string;
}

/**
 * A leadership strategy (or, for lists without strategies, a plain group).
 * `title` is the short heading ("Create awareness"); `description` the
 * sentence that explains it, as in the source document ("" when none).
 */
export interface Strategy {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly activities: readonly Activity[];
}

/**
 * The rules a pair's plan is checked against.
 * `maxTotal: null` means no maximum (the default in inventory mode).
 * `minPerStrategy: 0` means no minimum.
 */
export interface Rules {
  readonly minPerStrategy: number;
  readonly maxTotal: number | null;
  readonly minutes: number;
}

/** A complete activity list, faithful to its source document. */
export interface ActivityList {
  /** Stable id, e.g. `essential-2020-21`. */
  readonly id: string;
  readonly title: string;
  /** Optional second line of the title ("Explore Leadership and Facilitation Strategies"). */
  readonly subtitle?: string;
  /** The source citation, as printed in the document. */
  readonly source: string;
  /** The document's introduction and directions, one paragraph per entry. */
  readonly directions: readonly string[];
  /** Discussion prompts shown above the list ("THINK with your ZOOM Partner: …"), if any. */
  readonly prompts?: readonly string[];
  readonly mode: ListMode;
  /** Default rules; the leader may override them per workshop. */
  readonly rules: Rules;
  /** Whether each strategy offers write-in lines ("Other activities …"). */
  readonly writeIns: boolean;
  /** Whether `strategies` are real leadership strategies (false: plain groups of a checklist). */
  readonly hasStrategies: boolean;
  readonly strategies: readonly Strategy[];
}
