/** The print view's data: the pair's plan as the server exports it (`plan.json`), parsed. */
import { GOALS, MARKS, type Goal, type Mark } from '../../../shared/doc/schema.js';
import { expectShape, fetchJson, is } from '../../api/http.js';
import { getSession } from '../../api/sessionApi.js';
import { DRAFT_FIELDS, type DraftField } from '../../../shared/doc/fields.js';
import type { PlanPartner } from '../../../shared/export/planPartners.js';

/** One chosen activity as `plan.json` lists it, with its plan-draft fields. */
export type PrintRow = PrintRowBase & { readonly [F in DraftField]: string };

interface PrintRowBase {
  readonly strategyId: string;
  readonly strategy: string;
  readonly itemId: string;
  readonly text: string;
  readonly kind: 'listed' | 'write-in';
  readonly mark: Mark | null;
  readonly goals: readonly Goal[];
  readonly note: string;
  /** The pair flagged "we split on this". */
  readonly split: boolean;
}

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
  readonly activities: readonly PrintRow[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function parseRow(v: unknown): PrintRow {
  expectShape(is.record(v) && typeof v.itemId === 'string' && typeof v.text === 'string' && typeof v.strategy === 'string', 'activity');
  return {
    strategyId: str(v.strategyId),
    strategy: v.strategy as string,
    itemId: v.itemId as string,
    text: v.text as string,
    kind: v.kind === 'write-in' ? 'write-in' : 'listed',
    mark: is.oneOf(MARKS, v.mark) ? v.mark : null,
    goals: Array.isArray(v.goals) ? v.goals.filter((g): g is Goal => is.oneOf(GOALS, g)) : [],
    note: str(v.note),
    split: v.split === true,
    ...(Object.fromEntries(DRAFT_FIELDS.map((field) => [field, str(v[field])])) as Record<DraftField, string>),
  };
}

function parsePartner(v: unknown): PlanPartner[] {
  return is.record(v) && typeof v.name === 'string' ? [{ name: v.name, agreed: v.agreed === true }] : [];
}

/** Parses `plan.json`. */
export function parsePrintPlan(body: unknown): PrintPlan {
  expectShape(is.record(body) && is.record(body.status) && is.record(body.list) && Array.isArray(body.activities), 'plan');
  const b = body as Record<string, unknown> & { status: Record<string, unknown>; list: Record<string, unknown>; activities: unknown[] };
  return {
    workshop: str(b.workshop),
    pair: typeof b.pair === 'number' ? b.pair : 0,
    partners: Array.isArray(b.partners) ? b.partners.flatMap(parsePartner) : [],
    listTitle: str(b.list.title),
    listSource: str(b.list.source),
    chosen: typeof b.status.chosen === 'number' ? b.status.chosen : 0,
    maxTotal: typeof b.status.maxTotal === 'number' ? b.status.maxTotal : null,
    valid: b.status.valid === true,
    agreed: b.status.agreed === true,
    agreedBy: Array.isArray(b.status.agreedBy) ? b.status.agreedBy.filter((p): p is string => typeof p === 'string') : [],
    agreedAt: typeof b.status.agreedAt === 'string' ? b.status.agreedAt : null,
    exportedAt: typeof b.exportedAt === 'string' ? b.exportedAt : null,
    activities: b.activities.map(parseRow),
  };
}

/** Loads this browser's pair plan in `lang`. */
export async function loadPrintPlan(workshopId: string, lang: string, signal?: AbortSignal): Promise<PrintPlan> {
  const { session } = await getSession(workshopId, signal);
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/pairs/${session.pair}/plan.json?lang=${encodeURIComponent(lang)}`;
  return fetchJson(path, parsePrintPlan, { signal });
}
