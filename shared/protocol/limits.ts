/**
 * The bounds of a workshop as the API takes it, defined once: the server's
 * body schemas (shared/protocol/bodies.ts), the set-up form and the workshop
 * file's schema read them. The plan document's own bounds are `LIMITS` in
 * shared/doc/schema.ts; the rules' are `RULE_BOUNDS` in shared/rules/ruleBounds.ts.
 */

/** Most pairs one workshop may have. */
const PAIRS = 500;

/** A workshop's bounds. */
export const WORKSHOP_LIMITS = {
  /** Characters in a workshop's title. */
  title: 120,
  /** Characters in a list id. */
  listIdLength: 60,
  /** Pairs in one workshop (and the highest pair number). */
  pairs: PAIRS,
  /** People on one roster: two per pair. */
  rosterPeople: 2 * PAIRS,
} as const;
