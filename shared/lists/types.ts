/**
 * The shape of an activity list: the data every list in `shared/lists/` is
 * written in, served by `GET /api/lists`, imported from a leader's CSV/JSON,
 * and read by the rules engine, the tally and the exporters.
 *
 * Languages (issue 7): a list is written in one language (`lang`, English
 * when absent) and may carry `translations` into others, keyed by language
 * code and, inside, by the ids of its strategies and activities:
 *
 * ```ts
 * lang: 'en',
 * translations: {
 *   es: {
 *     title: 'Actividad 2 en pareja por ZOOM',
 *     directions: ['…', '…'],            // paragraph by paragraph, same order
 *     prompts: ['¿Qué actividades …?'],
 *     strategies: { 'create-awareness': { title: 'Crear conciencia', description: '…' } },
 *     activities: { 'create-awareness-1': { text: 'Convocar una reunión …', short: 'Reunirse con …' } },
 *   },
 * },
 * ```
 *
 * Every part of a translation is optional: what it leaves out shows in the
 * list's own language. Ids, modes and rules are never translated, so a plan
 * made in one language is the same plan in the other. Screens and exports
 * read a list through `localizeList(list, lang)`, never `translations` directly.
 */

/** How partners mark items: pick up to a maximum, or mark ✓ now / ☆ future. */
export const LIST_MODES = ['choose', 'inventory'] as const;
export type ListMode = (typeof LIST_MODES)[number];

/** One activity the partners can choose. `id` is stable and unique within its list. */
export interface Activity {
  readonly id: string;
  readonly text: string;
  /**
   * A hand-written short label (about 6–8 words, faithful to `text`) for the
   * projector and the dashboard (issue 15), where a room reads it from afar;
   * the full text stays one step away. Screens read it through
   * `activityShortLabel`, which falls back to an automatic one when absent.
   */
  readonly short?: string;
  /**
   * The language of `text` when it is not the list's (`localizeList` sets it
   * on an activity a translation left out, so a screen reader reads it right).
   */
  readonly lang?: string;
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
  /**
   * The source's own write-in prompt for this strategy ("Other district
   * activities to create awareness"), when the list has write-in lines and
   * its document words them; screens fall back to a generic label.
   */
  readonly writeInPrompt?: string;
  /** The language of `title` and `description` when it is not the list's (set by `localizeList`, as for an activity). */
  readonly lang?: string;
}

/** A strategy's title and description in another language. */
export interface StrategyTranslation {
  readonly title: string;
  /** Leave out (or "") when the source strategy has no description. */
  readonly description?: string;
  /** The strategy's own write-in prompt, translated. */
  readonly writeInPrompt?: string;
}

/**
 * An activity in another language: its text and, optionally, its short
 * label (a translated text without one gets an automatic label, never the
 * source language's).
 */
export interface ActivityTranslation {
  readonly text: string;
  readonly short?: string;
}

/**
 * A list's texts in one other language. Arrays go paragraph by paragraph in
 * the order of the source; records are keyed by the source's ids. Anything
 * left out shows in the list's own language.
 */
export interface ListTranslation {
  readonly title?: string;
  readonly subtitle?: string;
  readonly source?: string;
  readonly directions?: readonly string[];
  readonly prompts?: readonly string[];
  readonly promptsJoin?: string;
  /** By strategy id. */
  readonly strategies?: Readonly<Record<string, StrategyTranslation>>;
  /**
   * By activity id: the text and its short label, or the text alone (as
   * lists stored before short labels have it).
   */
  readonly activities?: Readonly<Record<string, string | ActivityTranslation>>;
}

/**
 * The rules a pair's plan is checked against.
 * `maxTotal: null` means no maximum (the default in inventory mode).
 * `minPerStrategy: 0` means no minimum.
 */
export interface Rules {
  readonly minPerStrategy: number;
  readonly maxTotal: number | null;
  /**
   * The workshop clock's length; `null`: no clock unless the leader starts
   * one (the inventories: their documents give no time, only the Essential
   * List's "about 20 minutes" does).
   */
  readonly minutes: number | null;
}

/** A complete activity list, faithful to its source document. */
export interface ActivityList {
  /** Stable id, e.g. `essential-2020-21`. */
  readonly id: string;
  /** The language the list is written in (a BCP 47 code, e.g. `en`); English when absent. */
  readonly lang?: string;
  readonly title: string;
  /** Optional second line of the title ("Explore Leadership and Facilitation Strategies"). */
  readonly subtitle?: string;
  /** The source citation, as printed in the document. */
  readonly source: string;
  /** The document's introduction and directions, one paragraph per entry. */
  readonly directions: readonly string[];
  /** Discussion prompts shown above the list ("THINK with your ZOOM Partner: …"), if any. */
  readonly prompts?: readonly string[];
  /**
   * The word the source joins its prompts with ("AND" in the Essential
   * List: partners weigh both questions at once), shown between them;
   * absent: the prompts are separate questions.
   */
  readonly promptsJoin?: string;
  readonly mode: ListMode;
  /** Default rules; the leader may override them per workshop. */
  readonly rules: Rules;
  /** Whether each strategy offers write-in lines ("Other activities …"). */
  readonly writeIns: boolean;
  /** Whether `strategies` are real leadership strategies (false: plain groups of a checklist). */
  readonly hasStrategies: boolean;
  readonly strategies: readonly Strategy[];
  /** The list in other languages, keyed by language code (`es`); see the top of this file. */
  readonly translations?: Readonly<Record<string, ListTranslation>>;
}
