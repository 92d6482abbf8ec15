/**
 * One pair's plan as JSON for other programs: stable machine keys (never
 * translated), the rows in list order, where the plan stands, and the raw
 * snapshot it was made from.
 */
import type { Wire } from '../protocol/wire.js';
import { PLAN_JSON_FORMAT, type planJsonSchema } from './planJson.js';
import { planRows } from './planRows.js';
import { planStatus } from './planStatus.js';
import { canonicalPlan } from './toWorkshopJson.js';
import type { PlanExportInput } from './types.js';

/** The JSON of one pair's plan (2-space indent, ending with a newline). */
export function toPlanJson(input: PlanExportInput): string {
  const status = planStatus(input);
  const { evaluation, agreement } = status;
  const value = {
    format: PLAN_JSON_FORMAT,
    // 2: `partners` became `{ name, agreed }` objects (issue 12).
    version: 2,
    ...(input.exportedAt !== undefined ? { exportedAt: new Date(input.exportedAt).toISOString() } : {}),
    ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
    workshop: input.workshopTitle,
    pair: input.pair,
    partners: input.partners,
    list: { id: input.list.id, title: input.list.title, mode: input.list.mode, source: input.list.source },
    rules: input.rules,
    status: {
      chosen: evaluation.chosenCount,
      maxTotal: evaluation.maxTotal,
      strategiesCovered: evaluation.coveredCount,
      strategies: evaluation.strategies.length,
      missing: evaluation.missing.map((s) => s.strategyId),
      valid: evaluation.valid,
      agreed: agreement.proposed,
      agreedBy: agreement.proposed ? agreement.agreed.map((a) => a.name) : [],
      agreedAt: agreement.proposedAt === null ? null : new Date(agreement.proposedAt).toISOString(),
      agreementCovers: status.agreementCovers,
    },
    activities: planRows(input).map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
    plan: canonicalPlan(input.plan),
  } satisfies Wire<typeof planJsonSchema>;
  return `${JSON.stringify(value, null, 2)}\n`;
}
