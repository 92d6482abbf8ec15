/**
 * A pair's dashboard card (`PairSummary`, computed by
 * shared/tally/summarizePair.ts) as it travels: in `GET /api/workshops/:id`
 * and the dashboard's `init` and `pairs` frames. The dashboard parses it
 * down to every pick and write-in of its plan (the tally and the spotlight
 * render them) and stays lenient: a malformed entry is dropped, a malformed
 * summary is dropped, never the whole frame.
 */
import { z } from 'zod';
import { DETAIL_FIELDS, parseDetail, type ItemDetails, type Parsed } from '../doc/fields.js';
import { parseAgreement, parseHelpFlag, parsePick, parseWriteIn } from '../doc/parseValues.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../doc/schema.js';
import { LIST_MODES } from '../lists/types.js';
import { PLAN_STANDINGS } from '../rules/evaluatePlan.js';
import { PAIR_STATES, type PairSummary } from '../tally/summarizePair.js';
import { finite, flag, lenientArray, safeInt, texts } from './wire.js';

const count = safeInt.min(0);

/** The entries of a record that `parse` (the document's own parser) accepts. */
function entries<T>(parse: (value: unknown) => Parsed<T>) {
  return z
    .record(z.string(), z.unknown())
    .catch({})
    .transform((record) => {
      const out: Record<string, T> = {};
      for (const [key, value] of Object.entries(record)) {
        const parsed = parse(value);
        if (parsed.ok) out[key] = parsed.value;
      }
      return out;
    });
}

function parseItemDetails(v: unknown): Parsed<ItemDetails> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, reason: 'details is not an object' };
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const value = (v as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const parsed = parseDetail(field, value);
    if (parsed.ok) details[field] = parsed.value;
  }
  return { ok: true, value: details as ItemDetails };
}

/** A plan snapshot as JSON (shared/doc/schema.ts); anything malformed is left out. */
export const planSnapshotSchema = z
  .object({
    picks: entries(parsePick),
    writeIns: entries(parseWriteIn),
    details: entries(parseItemDetails),
    agreements: entries(parseAgreement),
    help: z
      .unknown()
      .optional()
      .transform((v) => {
        const parsed = v === null || v === undefined ? null : parseHelpFlag(v);
        return parsed !== null && parsed.ok ? parsed.value : null;
      }),
  })
  .catch(EMPTY_SNAPSHOT) satisfies z.ZodType<PlanSnapshot>;

/** One pair's dashboard card. */
export const pairSummarySchema = z.object({
  n: safeInt.min(1),
  present: lenientArray(z.object({ id: z.string(), name: z.string() })),
  members: texts,
  partners: lenientArray(z.object({ name: z.string(), agreed: flag })),
  chosenCount: count,
  maxTotal: safeInt.nullable().catch(null),
  coveredCount: count,
  strategyCount: count,
  missing: texts,
  violations: count,
  valid: flag,
  standing: z.enum(PLAN_STANDINGS).catch('empty'),
  mode: z.enum(LIST_MODES).catch('choose'),
  agreed: flag,
  agreedNames: texts,
  help: flag,
  splits: count.catch(0),
  state: z.enum(PAIR_STATES),
  lastChangeAt: finite.nullable().catch(null),
  plan: planSnapshotSchema,
}) satisfies z.ZodType<PairSummary>;

/** Every well-formed summary of a list, malformed ones dropped. */
export const pairSummariesSchema = lenientArray(pairSummarySchema);
