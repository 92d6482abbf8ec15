/**
 * The shape of `plan.json` (`toPlanJson` writes it, the print view reads
 * it): one schema, so the file and its reader cannot drift apart. The rows
 * are `PlanRow`s with their time as ISO text; the plan-draft fields come from
 * the field registry.
 */
import { z } from 'zod';
import { DRAFT_FIELDS, type DraftField } from '../doc/fields.js';
import { GOALS, MARKS } from '../doc/schema.js';
import { LIST_MODES } from '../lists/types.js';
import { isTimeZone } from '../time/timeZone.js';

/** The `format` of a one-pair plan file. */
export const PLAN_JSON_FORMAT = 'pairplan-plan';

const draftFields = Object.fromEntries(DRAFT_FIELDS.map((field) => [field, z.string()])) as Record<DraftField, z.ZodString>;

/** One chosen activity. */
export const planJsonRow = z.object({
  strategyId: z.string(),
  strategy: z.string(),
  itemId: z.string(),
  text: z.string(),
  kind: z.enum(['listed', 'write-in']),
  // An unknown mark or goal (a hand-edited file) reads as none, never printed as a raw key.
  mark: z.enum(MARKS).nullable().catch(null),
  goals: z.array(z.unknown()).transform((goals) => goals.filter((g): g is (typeof GOALS)[number] => (GOALS as readonly unknown[]).includes(g))),
  note: z.string(),
  split: z.boolean(),
  ...draftFields,
  chosenBy: z.string(),
  at: z.string(),
});

export const planJsonSchema = z.object({
  format: z.literal(PLAN_JSON_FORMAT),
  version: z.literal(2),
  exportedAt: z.string().optional(),
  /** The workshop's time zone (IANA), where the print view shows times; absent: UTC. A name that is no zone reads as absent. */
  timeZone: z.string().refine(isTimeZone).optional().catch(undefined),
  workshop: z.string(),
  pair: z.number().int(),
  partners: z.array(z.object({ name: z.string(), agreed: z.boolean() })),
  list: z.object({ id: z.string(), title: z.string(), mode: z.enum(LIST_MODES), source: z.string() }),
  rules: z.object({ minPerStrategy: z.number(), maxTotal: z.number().nullable(), minutes: z.number().nullable() }),
  status: z.object({
    chosen: z.number(),
    maxTotal: z.number().nullable(),
    strategiesCovered: z.number(),
    strategies: z.number(),
    missing: z.array(z.string()),
    valid: z.boolean(),
    agreed: z.boolean(),
    agreedBy: z.array(z.string()),
    agreedAt: z.string().nullable(),
    agreementCovers: z.string(),
  }),
  activities: z.array(planJsonRow),
  plan: z.unknown(),
});

/** `plan.json` as its reader sees it. */
export type PlanJson = z.output<typeof planJsonSchema>;
/** One row of it. */
export type PlanJsonRow = z.output<typeof planJsonRow>;
