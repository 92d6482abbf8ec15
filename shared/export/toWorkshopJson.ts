/**
 * workshop.json: everything needed to restore a workshop on another server
 * (`POST /api/workshops/import`): title, list, rules, the roster's pairs and
 * each pair's plan. It holds no secret: no facilitator key or its hash, no
 * join code, no session; the importing server issues new ones.
 */
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../doc/schema.js';
import type { ActivityList, Rules } from '../lists/types.js';
import type { RosterPerson } from '../roster/parseRoster.js';
import type { ExportPair, WorkshopExport } from './types.js';

/** The header every workshop file starts with. */
export const WORKSHOP_JSON_FORMAT = 'pairplan-workshop';
/** The version this code writes and reads. */
export const WORKSHOP_JSON_VERSION = 1;

/** One pair of a workshop file. */
export interface WorkshopJsonPair {
  readonly n: number;
  readonly members: readonly RosterPerson[];
  readonly plan: PlanSnapshot;
}

/** The content of workshop.json, version 1. */
export interface WorkshopJson {
  readonly format: typeof WORKSHOP_JSON_FORMAT;
  readonly version: typeof WORKSHOP_JSON_VERSION;
  /** ISO time of the export (informative). */
  readonly exportedAt?: string;
  readonly title: string;
  readonly list: ActivityList;
  readonly rules: Rules;
  /** The workshop's time zone (IANA); absent for a workshop without one (UTC). */
  readonly timeZone?: string;
  readonly pairs: readonly WorkshopJsonPair[];
  /** The leader's messages (issue 14), oldest first; absent when none was sent. Informative: an import does not restore them. */
  readonly messages?: readonly { readonly text: string; readonly at: string; readonly pair?: number }[];
}

const sortedRecord = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * `plan` with its records' keys in a fixed order: a live room and its stored
 * copy hold the same entries in different orders, and an export should not
 * change with that.
 */
export function canonicalPlan(plan: PlanSnapshot): PlanSnapshot {
  return {
    picks: sortedRecord(plan.picks),
    writeIns: sortedRecord(plan.writeIns),
    details: sortedRecord(plan.details),
    agreements: sortedRecord(plan.agreements),
    help: plan.help,
  };
}

/** The workshop file's value: every pair of the roster, with its plan (an empty one when `pairs` has none). */
export function toWorkshopValue(workshop: WorkshopExport, pairs: readonly ExportPair[], exportedAt?: number): WorkshopJson {
  const plans = new Map(pairs.map((p) => [p.n, p.plan]));
  return {
    format: WORKSHOP_JSON_FORMAT,
    version: WORKSHOP_JSON_VERSION,
    ...(exportedAt !== undefined ? { exportedAt: new Date(exportedAt).toISOString() } : {}),
    title: workshop.title,
    list: workshop.list,
    rules: workshop.rules,
    ...(workshop.timeZone !== undefined ? { timeZone: workshop.timeZone } : {}),
    pairs: [...workshop.pairs]
      .sort((a, b) => a.n - b.n)
      .map((slot) => ({
        n: slot.n,
        members: slot.members.map((m) => (m.email ? { name: m.name, email: m.email } : { name: m.name })),
        plan: canonicalPlan(plans.get(slot.n) ?? EMPTY_SNAPSHOT),
      })),
    ...(workshop.messages && workshop.messages.length > 0
      ? { messages: workshop.messages.map((m) => ({ text: m.text, at: new Date(m.at).toISOString(), ...(m.pair !== undefined ? { pair: m.pair } : {}) })) }
      : {}),
  };
}

/** workshop.json as text (2-space indent, ending with a newline). */
export function toWorkshopJson(workshop: WorkshopExport, pairs: readonly ExportPair[], exportedAt?: number): string {
  return `${JSON.stringify(toWorkshopValue(workshop, pairs, exportedAt), null, 2)}\n`;
}
