/**
 * Reads workshop.json (see `toWorkshopJson`) from `unknown` into a typed
 * value, or an error that names the problem and where it is
 * (`pairs[2].plan.picks["x-9"]: unknown activity`).
 */
import type { z } from 'zod';
import { DETAIL_KEY_SEPARATOR } from '../doc/fields.js';
import { LIMITS, WRITE_IN_PREFIX, type PlanSnapshot } from '../doc/schema.js';
import type { ActivityList } from '../lists/types.js';
import { WORKSHOP_JSON_FORMAT, WORKSHOP_JSON_VERSION, type WorkshopJson } from './toWorkshopJson.js';
import { workshopJsonShape, type WorkshopJsonShape } from './workshopJsonSchema.js';

/** The parsed workshop, or why the file cannot be imported. */
export type WorkshopJsonResult = { ok: true; value: WorkshopJson } | { ok: false; error: string };

type Path = readonly PropertyKey[];

/** `pairs[2].plan.picks["x 9"]` for a path of keys and indexes. */
export function formatPath(path: Path): string {
  return path
    .map((part, i) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name.slice(0, 60))}]`;
    })
    .join('');
}

const fail = (path: Path, message: string): WorkshopJsonResult => ({ ok: false, error: path.length > 0 ? `${formatPath(path)}: ${message}` : message });

function firstIssue(error: z.ZodError): WorkshopJsonResult {
  const issue = error.issues[0];
  return fail(issue.path, issue.message);
}

/** Duplicate ids in the list, or `null`. */
function checkList(list: ActivityList): WorkshopJsonResult | null {
  const strategies = new Set<string>();
  const activities = new Set<string>();
  for (const [i, s] of list.strategies.entries()) {
    if (strategies.has(s.id)) return fail(['list', 'strategies', i, 'id'], `"${s.id}" is used twice`);
    strategies.add(s.id);
    for (const [j, a] of s.activities.entries()) {
      if (activities.has(a.id)) return fail(['list', 'strategies', i, 'activities', j, 'id'], `"${a.id}" is used twice`);
      activities.add(a.id);
    }
  }
  return null;
}

const markProblem = (inventory: boolean, mark: unknown): string | null => {
  if (inventory && mark === undefined) return 'needs a mark ("now" or "future") in an inventory list';
  if (!inventory && mark !== undefined) return 'has a mark, but marks are for inventory lists';
  return null;
};

const isWriteInId = (id: string): boolean =>
  id.startsWith(WRITE_IN_PREFIX) && id.length <= LIMITS.idLength && !id.includes(DETAIL_KEY_SEPARATOR);

/** The first way `plan` does not fit `list`, or `null`. The same rules as a live room's validator. */
function checkPlan(plan: PlanSnapshot, list: ActivityList, at: Path): WorkshopJsonResult | null {
  const inventory = list.mode === 'inventory';
  const activityIds = new Set(list.strategies.flatMap((s) => s.activities.map((a) => a.id)));
  for (const [id, pick] of Object.entries(plan.picks)) {
    if (!activityIds.has(id)) return fail([...at, 'picks', id], 'unknown activity');
    const bad = markProblem(inventory, pick.mark);
    if (bad) return fail([...at, 'picks', id], bad);
  }
  const perStrategy = new Map<string, number>();
  for (const [id, w] of Object.entries(plan.writeIns)) {
    const where = [...at, 'writeIns', id];
    if (!isWriteInId(id)) return fail(where, `a write-in id starts with "${WRITE_IN_PREFIX}" and has at most ${LIMITS.idLength} characters`);
    if (!list.writeIns) return fail(where, 'this list has no write-ins');
    if (!list.strategies.some((s) => s.id === w.strategyId)) return fail([...where, 'strategyId'], 'unknown strategy');
    const bad = markProblem(inventory, w.mark);
    if (bad) return fail(where, bad);
    const count = (perStrategy.get(w.strategyId) ?? 0) + 1;
    if (count > LIMITS.writeInsPerStrategy) return fail(where, `more than ${LIMITS.writeInsPerStrategy} write-ins for one strategy`);
    perStrategy.set(w.strategyId, count);
  }
  for (const id of Object.keys(plan.details)) {
    if (!activityIds.has(id) && !isWriteInId(id)) return fail([...at, 'details', id], 'details for an unknown item');
  }
  if (Object.keys(plan.agreements).length > LIMITS.agreements) return fail([...at, 'agreements'], `more than ${LIMITS.agreements} agreements`);
  return null;
}

function checkAgainstList(value: WorkshopJsonShape): WorkshopJsonResult | null {
  const listProblem = checkList(value.list);
  if (listProblem) return listProblem;
  const numbers = new Set<number>();
  for (const [i, pair] of value.pairs.entries()) {
    if (numbers.has(pair.n)) return fail(['pairs', i, 'n'], `pair ${pair.n} appears twice`);
    numbers.add(pair.n);
    const problem = checkPlan(pair.plan, value.list, ['pairs', i, 'plan']);
    if (problem) return problem;
  }
  return null;
}

/** Parses a workshop file (its text, or the value `JSON.parse` made of it). */
export function parseWorkshopJson(input: unknown): WorkshopJsonResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `The file is not valid JSON: ${(error as Error).message}` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'The workshop file must be a JSON object.' };
  const header = value as { format?: unknown; version?: unknown };
  if (header.format !== WORKSHOP_JSON_FORMAT) {
    return { ok: false, error: `format: this is not a pairplan workshop file (expected "format": "${WORKSHOP_JSON_FORMAT}").` };
  }
  if (header.version !== WORKSHOP_JSON_VERSION) {
    return { ok: false, error: `version: ${String(JSON.stringify(header.version)).slice(0, 20)} is not supported; this server reads version ${WORKSHOP_JSON_VERSION}.` };
  }
  const parsed = workshopJsonShape.safeParse(value);
  if (!parsed.success) return firstIssue(parsed.error);
  const problem = checkAgainstList(parsed.data);
  if (problem) return problem;
  return { ok: true, value: { format: WORKSHOP_JSON_FORMAT, version: WORKSHOP_JSON_VERSION, ...parsed.data } };
}
