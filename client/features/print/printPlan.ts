/** The print view's data: the pair's plan as the server exports it (`plan.json`), parsed. */
import { planJsonSchema, type PlanJsonRow } from '../../../shared/export/planJson.js';
import type { PlanPartner } from '../../../shared/export/planPartners.js';
import { DEFAULT_TIME_ZONE } from '../../../shared/time/timeZone.js';
import { fetchJson, parseWith } from '../../api/http.js';
import { getSession } from '../../api/sessionApi.js';

/** One chosen activity as `plan.json` lists it, with its plan-draft fields. */
export type PrintRow = PlanJsonRow;

/** The plan as the print view shows it. */
export interface PrintPlan {
  readonly workshop: string;
  readonly pair: number;
  readonly partners: readonly PlanPartner[];
  readonly listTitle: string;
  /** The list's citation ("" when the file has none). */
  readonly listSource: string;
  readonly chosen: number;
  readonly maxTotal: number | null;
  readonly valid: boolean;
  readonly agreed: boolean;
  readonly agreedBy: readonly string[];
  readonly agreedAt: string | null;
  readonly exportedAt: string | null;
  /** Where times are shown: the workshop's zone, UTC for a workshop without one. */
  readonly timeZone: string;
  readonly activities: readonly PrintRow[];
}

const readPlanJson = parseWith(planJsonSchema, 'plan');

/** Parses `plan.json` with the schema it was written by. */
export function parsePrintPlan(body: unknown): PrintPlan {
  const b = readPlanJson(body);
  return {
    workshop: b.workshop,
    pair: b.pair,
    partners: b.partners,
    listTitle: b.list.title,
    listSource: b.list.source,
    chosen: b.status.chosen,
    maxTotal: b.status.maxTotal,
    valid: b.status.valid,
    agreed: b.status.agreed,
    agreedBy: b.status.agreedBy,
    agreedAt: b.status.agreedAt,
    exportedAt: b.exportedAt ?? null,
    timeZone: b.timeZone ?? DEFAULT_TIME_ZONE,
    activities: b.activities,
  };
}

/** Loads this browser's pair plan in `lang`. */
export async function loadPrintPlan(workshopId: string, lang: string, signal?: AbortSignal): Promise<PrintPlan> {
  const { session } = await getSession(workshopId, signal);
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/pairs/${session.pair}/plan.json?lang=${encodeURIComponent(lang)}`;
  return fetchJson(path, parsePrintPlan, { signal });
}
