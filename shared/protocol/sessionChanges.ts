/**
 * The bodies and answers of the leader's changes to a running workshop
 * (issue 14, "Change the session while it runs"): rename it, change its
 * rules, add pairs, move a person to another pair. Each is a leader action
 * (leaderActions.ts). Bodies are strict: a field the action does not take
 * is a 400 that changes nothing.
 */
import { z } from 'zod';
import { LIMITS } from '../doc/schema.js';
import { RULE_BOUNDS } from '../rules/ruleBounds.js';
import { WORKSHOP_LIMITS } from './limits.js';
import { safeInt } from './wire.js';
import { rulesSchema } from './workshop.js';
import { rulesBody } from './bodies.js';

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .transform((s) => s.trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, `${what} is required`).max(max, `${what} is longer than ${max} characters`));

const pairNumber = (what: string) =>
  z.number({ error: `${what} must be a pair number` }).int(`${what} must be a whole number`).min(1, `${what} must be a pair number`).max(WORKSHOP_LIMITS.pairs, `${what} must be a pair number`);

/** `POST /api/workshops/:id/rename`. */
export const renameBody = z.object({ title: text(WORKSHOP_LIMITS.title, 'title') }).strict();
export const renameResponse = z.object({ title: z.string() });

/**
 * `POST /api/workshops/:id/rules`: any of the three rules, within
 * `RULE_BOUNDS`. A lower maximum never removes a choice: a plan over it
 * shows the violation, may only shrink, and cannot be agreed until it fits.
 */
export const rulesChangeBody = rulesBody
  .partial()
  .strict()
  .refine((b) => b.minPerStrategy !== undefined || b.maxTotal !== undefined || b.minutes !== undefined, {
    message: `give at least one of minPerStrategy (${RULE_BOUNDS.minPerStrategy.min}–${RULE_BOUNDS.minPerStrategy.max}), maxTotal or minutes`,
  });
export const rulesChangeResponse = z.object({ rules: rulesSchema });

/** `POST /api/workshops/:id/add-pairs`: more pairs (late arrivals), numbered after the last, up to `WORKSHOP_LIMITS.pairs` in all. */
export const addPairsBody = z
  .object({
    count: z
      .number({ error: 'count must be a number of pairs' })
      .int('count must be a whole number')
      .min(1, 'count must be at least 1')
      .max(WORKSHOP_LIMITS.pairs, `count must be at most ${WORKSHOP_LIMITS.pairs}`),
  })
  .strict();
export const addPairsResponse = z.object({ pairCount: safeInt, added: z.array(safeInt) });

/**
 * `POST /api/workshops/:id/move`: the person named `name` in pair `from`
 * (a roster member or a joined name, as the dashboard lists them) goes to
 * pair `to`. Their sessions of pair `from` stop opening it; their open
 * rooms are sent a fresh session for `to` and follow.
 */
export const moveBody = z
  .object({
    name: text(LIMITS.nameLength, 'name'),
    from: pairNumber('from'),
    to: pairNumber('to'),
  })
  .strict()
  .refine((b) => b.from !== b.to, { message: 'to must be another pair than from', path: ['to'] });
export const moveResponse = z.object({ name: z.string(), from: safeInt, to: safeInt });

/**
 * `POST /api/workshops/:id/session/adopt`: a moved person's browser hands
 * back the session its room was sent (the `moved` control message) and gets
 * it as its HTTP-only cookie. Only a token this server signed, for this
 * workshop, still valid, is taken.
 */
export const adoptSessionBody = z.object({ token: z.string({ error: 'token must be text' }).min(1).max(1024, 'token is too long') }).strict();
