/**
 * The pair room's document schema, defined once for client, server and tests.
 *
 * A pair's plan lives in one Y.Doc with exactly these root maps, all holding
 * plain JSON values (never nested Y types, so the server can validate every
 * update by looking at the resulting values):
 *
 * | root map     | key                          | value                         |
 * |--------------|------------------------------|-------------------------------|
 * | `picks`      | activity id                  | {@link Pick}                  |
 * | `writeIns`   | write-in id (`w-…`)          | {@link WriteIn}               |
 * | `details`    | `<item id>|<field>`          | a {@link DETAIL_FIELDS} value |
 * | `agreements` | participant id               | {@link Agreement}             |
 * | `flags`      | `help`                       | {@link HelpFlag}              |
 *
 * `details` keys are per field so two partners editing the note and the
 * timeline of one activity at once never overwrite each other.
 */

/** The root maps of a pair document; nothing else may exist at the top level. */
export const ROOT_MAPS = ['picks', 'writeIns', 'details', 'agreements', 'flags'] as const;
export type RootMap = (typeof ROOT_MAPS)[number];

/** Inventory marks: ✓ "we do this now", ☆ "we want to start this". */
export const MARKS = ['now', 'future'] as const;
export type Mark = (typeof MARKS)[number];

/** Goals a chosen activity can serve (Essential List prompts). */
export const GOALS = ['district', 'schools'] as const;
export type Goal = (typeof GOALS)[number];

/** Documented bounds, enforced by the server's validator and the UI's inputs. */
export const LIMITS = {
  /** Characters in a participant's display name. */
  nameLength: 60,
  /** Characters in a write-in activity. */
  writeInLength: 200,
  /** Write-ins per strategy. */
  writeInsPerStrategy: 5,
  /** Characters in a note, timeline, responsible or resources field. */
  textFieldLength: 500,
  /** Agreements kept per pair (partners who ever agreed). */
  agreements: 12,
  /** Characters in an id (participant, write-in). */
  idLength: 40,
} as const;

/** Who did something: the participant's id and the name their session was issued. */
export interface Actor {
  readonly id: string;
  readonly name: string;
}

/** A ticked activity (choose mode) or a marked one (inventory mode). */
export interface Pick {
  readonly by: string;
  readonly name: string;
  readonly at: number;
  /** Only in inventory mode. */
  readonly mark?: Mark;
}

/** A write-in activity for one strategy; it counts as chosen. */
export interface WriteIn {
  readonly strategyId: string;
  readonly text: string;
  readonly by: string;
  readonly name: string;
  readonly at: number;
  readonly mark?: Mark;
}

/** One partner's agreement to the plan whose fingerprint it records. */
export interface Agreement {
  readonly name: string;
  readonly fingerprint: string;
  readonly at: number;
}

/** A pair's "Ask for help" request. */
export interface HelpFlag {
  readonly on: boolean;
  readonly by: string;
  readonly name: string;
  readonly at: number;
}

/**
 * Per-item fields, stored as separate keys of `details`.
 * `goals`, `note` and `split` annotate a choice; `timeline`, `responsible`
 * and `resources` are the Leadership Plan draft.
 */
export const DETAIL_FIELDS = ['goals', 'note', 'split', 'timeline', 'responsible', 'resources'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** The details of one item, assembled from its `details` keys. */
export interface ItemDetails {
  goals?: readonly Goal[];
  note?: string;
  split?: boolean;
  timeline?: string;
  responsible?: string;
  resources?: string;
}

/** A plain, immutable copy of a pair document: what rules, tally and exports read. */
export interface PlanSnapshot {
  readonly picks: Readonly<Record<string, Pick>>;
  readonly writeIns: Readonly<Record<string, WriteIn>>;
  readonly details: Readonly<Record<string, ItemDetails>>;
  readonly agreements: Readonly<Record<string, Agreement>>;
  readonly help: HelpFlag | null;
}

/** The snapshot of an empty pair document. */
export const EMPTY_SNAPSHOT: PlanSnapshot = Object.freeze({
  picks: {},
  writeIns: {},
  details: {},
  agreements: {},
  help: null,
});

/** Separator between item id and field in `details` keys. */
export const DETAIL_KEY_SEPARATOR = '|';

/** The `details` key of one item's field. */
export function toDetailKey(itemId: string, field: DetailField): string {
  return `${itemId}${DETAIL_KEY_SEPARATOR}${field}`;
}

/** Splits a `details` key; `null` when it is not `<id>|<known field>`. */
export function parseDetailKey(key: string): { itemId: string; field: DetailField } | null {
  const at = key.lastIndexOf(DETAIL_KEY_SEPARATOR);
  if (at <= 0) return null;
  const field = key.slice(at + 1);
  if (!(DETAIL_FIELDS as readonly string[]).includes(field)) return null;
  return { itemId: key.slice(0, at), field: field as DetailField };
}

/** Write-in ids start with this prefix; activity ids never do. */
export const WRITE_IN_PREFIX = 'w-';
