/**
 * The bounds of a workshop's rules, defined once: the server's body schema
 * (shared/protocol/bodies.ts), the set-up form and the leader's clock
 * (client), and the workshop file's schema (shared/export) all read them.
 */
import type { Rules } from '../lists/types.js';

/** A range of numbers, both ends included. */
export interface Bound {
  readonly min: number;
  readonly max: number;
}

/** The rules' bounds: minimum per strategy, maximum in total, minutes on the clock (a new rule does not compile without its bound). */
export const RULE_BOUNDS = {
  minPerStrategy: { min: 0, max: 20 },
  maxTotal: { min: 1, max: 500 },
  minutes: { min: 1, max: 240 },
} as const satisfies Record<keyof Rules, Bound>;
