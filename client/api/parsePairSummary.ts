/**
 * A pair's dashboard summary arrives as `unknown`: this checks it down to
 * every pick and write-in of its plan (the tally and the spotlight render
 * them), dropping malformed entries instead of failing the whole frame.
 */
import { DETAIL_FIELDS, parseDetail, type ItemDetails, type Parsed } from '../../shared/doc/fields.js';
import { parseAgreement, parseHelpFlag, parsePick, parseWriteIn } from '../../shared/doc/parseValues.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../shared/doc/schema.js';
import type { PlanPartner } from '../../shared/export/planPartners.js';
import { PLAN_STANDINGS, type PlanStanding } from '../../shared/rules/evaluatePlan.js';
import { PAIR_STATES, type PairState, type PairSummary } from '../../shared/tally/summarizePair.js';
import { is } from './http.js';

const isCount = (v: unknown): v is number => is.int(v) && v >= 0;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(is.string) : []);

/** The entries of `v` that `parse` accepts. */
function parseEntries<T>(v: unknown, parse: (value: unknown) => Parsed<T>): Record<string, T> {
  const out: Record<string, T> = {};
  if (!is.record(v)) return out;
  for (const [key, value] of Object.entries(v)) {
    const parsed = parse(value);
    if (parsed.ok) out[key] = parsed.value;
  }
  return out;
}

function parseItemDetails(v: unknown): Parsed<ItemDetails> {
  if (!is.record(v)) return { ok: false, reason: 'details is not an object' };
  const details: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    if (v[field] === undefined) continue;
    const parsed = parseDetail(field, v[field]);
    if (parsed.ok) details[field] = parsed.value;
  }
  return { ok: true, value: details as ItemDetails };
}

/** A plan snapshot from JSON; anything malformed is left out. */
export function parsePlanSnapshot(v: unknown): PlanSnapshot {
  if (!is.record(v)) return EMPTY_SNAPSHOT;
  const help = v.help === null || v.help === undefined ? null : parseHelpFlag(v.help);
  return {
    picks: parseEntries(v.picks, parsePick),
    writeIns: parseEntries(v.writeIns, parseWriteIn),
    details: parseEntries(v.details, parseItemDetails),
    agreements: parseEntries(v.agreements, parseAgreement),
    help: help !== null && help.ok ? help.value : null,
  };
}

function parsePresent(v: unknown): { id: string; name: string }[] {
  if (!Array.isArray(v)) return [];
  return v.filter((p): p is { id: string; name: string } => is.record(p) && is.string(p.id) && is.string(p.name)).map((p) => ({ id: p.id, name: p.name }));
}

function parsePartners(v: unknown): PlanPartner[] {
  if (!Array.isArray(v)) return [];
  return v.filter((p): p is { name: string; agreed?: unknown } => is.record(p) && is.string(p.name)).map((p) => ({ name: p.name, agreed: p.agreed === true }));
}

/** One pair's summary, or `null` when `v` is not one. */
export function parsePairSummary(v: unknown): PairSummary | null {
  if (!is.record(v) || !is.int(v.n) || v.n < 1) return null;
  if (!isCount(v.chosenCount) || !isCount(v.coveredCount) || !isCount(v.strategyCount) || !isCount(v.violations)) return null;
  if (!(PAIR_STATES as readonly unknown[]).includes(v.state)) return null;
  const lastChangeAt = typeof v.lastChangeAt === 'number' && Number.isFinite(v.lastChangeAt) ? v.lastChangeAt : null;
  return {
    n: v.n,
    present: parsePresent(v.present),
    members: strings(v.members),
    partners: parsePartners(v.partners),
    chosenCount: v.chosenCount,
    maxTotal: is.int(v.maxTotal) ? v.maxTotal : null,
    coveredCount: v.coveredCount,
    strategyCount: v.strategyCount,
    missing: strings(v.missing),
    violations: v.violations,
    valid: v.valid === true,
    standing: (PLAN_STANDINGS as readonly unknown[]).includes(v.standing) ? (v.standing as PlanStanding) : 'empty',
    mode: v.mode === 'inventory' ? 'inventory' : 'choose',
    agreed: v.agreed === true,
    agreedNames: strings(v.agreedNames),
    help: v.help === true,
    splits: isCount(v.splits) ? v.splits : 0,
    state: v.state as PairState,
    lastChangeAt,
    plan: parsePlanSnapshot(v.plan),
  };
}

/** Every well-formed summary of `v` (an array), malformed ones dropped. */
export function parsePairSummaries(v: unknown): PairSummary[] {
  if (!Array.isArray(v)) return [];
  return v.map(parsePairSummary).filter((s): s is PairSummary => s !== null);
}
