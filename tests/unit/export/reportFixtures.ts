/** A four-pair workshop for the report tests: consensus, a contested pick, write-ins that say the same thing, one empty pair. */
import { EMPTY_SNAPSHOT, type PlanSnapshot, type WriteIn } from '../../../shared/doc/schema.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import type { ExportPair, WorkshopExport } from '../../../shared/export/types.js';
import { ANA, BEN, LIST, T0 } from './fixtures.js';

const ALL = LIST.strategies.flatMap((s) => s.activities.map((a) => a.id));
/** The three activities the pairs choose: A by pairs 1–3, B by pairs 1–2 (pair 2 split on it), C by pair 3. */
export const [A, B, C] = ALL;

function plan(ids: readonly string[], options: { splits?: readonly string[]; writeIn?: string; agreed?: boolean } = {}): PlanSnapshot {
  const picks = Object.fromEntries(ids.map((id, i) => [id, { ...ANA, at: T0 + i }]));
  const writeIns: Record<string, WriteIn> = options.writeIn ? { 'w-1': { strategyId: LIST.strategies[0].id, text: options.writeIn, ...BEN, at: T0 } } : {};
  const details = Object.fromEntries((options.splits ?? []).map((id) => [id, { split: true }]));
  const fingerprint = planFingerprint({ picks, writeIns });
  const agreements = options.agreed ? { [ANA.by]: { name: ANA.name, fingerprint, at: T0 + 10_000 } } : {};
  return { ...EMPTY_SNAPSHOT, picks, writeIns, details, agreements };
}

export const REPORT_WORKSHOP: WorkshopExport = {
  title: 'District leaders, fall',
  list: LIST,
  rules: { ...LIST.rules, minPerStrategy: 0 },
  pairs: [1, 2, 3, 4].map((n) => ({ n, members: n === 1 ? [{ name: 'Rosa Díaz' }] : [] })),
  timeZone: 'America/Chicago',
};

export const REPORT_PAIRS: ExportPair[] = [
  { n: 1, plan: plan([A, B], { writeIn: 'Family café!', agreed: true }) },
  { n: 2, plan: plan([A, B], { splits: [B], writeIn: 'family  cafe' }) },
  { n: 3, plan: plan([A, C], { writeIn: 'FAMILY café' }), present: [{ id: 'p-x', name: 'Xavier' }] },
  { n: 4, plan: EMPTY_SNAPSHOT },
];
