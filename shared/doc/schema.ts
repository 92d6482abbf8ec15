/**
 * The pair room's document schema, defined once for client, server and tests.
 * Version {@link DOC_VERSION} (see `migrate.ts` for how older documents
 * become this one). A pair's plan lives in one Y.Doc with these root maps of
 * plain JSON values (never nested Y types):
 *
 * | root map     | key                          | value                           |
 * |--------------|------------------------------|---------------------------------|
 * | `picks`      | activity id                  | {@link Pick}                    |
 * | `writeIns`   | write-in id (`w-…`)          | {@link WriteInEntry}            |
 * | `details`    | `<item id>|<field>`          | a value field's value           |
 * | `agreements` | participant id               | {@link Agreement}               |
 * | `flags`      | `help`                       | {@link HelpFlag}                |
 * | `meta`       | `version`                    | the schema version (server only)|
 *
 * and, for everything people type, one root **Y.Text** per item and field,
 * named `text:<item id>|<field>` (`fields.ts`): a note, a plan-draft field,
 * a write-in's own text. Root types are found by name, so two partners who
 * start typing into one field at once write into the same text and both
 * keep every character (a nested Y.Text created twice would lose one).
 */

/** The root maps of a pair document; besides them only the text roots of `fields.ts` may exist. */
export const ROOT_MAPS = ['picks', 'writeIns', 'details', 'agreements', 'flags', 'meta'] as const;
export type RootMap = (typeof ROOT_MAPS)[number];

/** The document schema version this code writes (stored as `meta.version`; absent means 1). */
export const DOC_VERSION = 2;

import type { ItemDetails } from './fields.js';

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

/** A write-in as its `writeIns` entry stores it (its text is the shared text `text:<id>|writeIn`). */
export interface WriteInEntry {
  readonly strategyId: string;
  readonly by: string;
  readonly name: string;
  readonly at: number;
  readonly mark?: Mark;
}

/** A write-in activity for one strategy, with its text; it counts as chosen. */
export interface WriteIn extends WriteInEntry {
  readonly text: string;
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
  /**
   * When the leader acknowledged this request ("On my way", issue 14):
   * written by the server only (the validator refuses it from a partner),
   * and gone whenever a partner writes the flag again (withdraws or asks anew).
   */
  readonly ackAt?: number;
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

/** Write-in ids start with this prefix; activity ids never do. */
export const WRITE_IN_PREFIX = 'w-';
