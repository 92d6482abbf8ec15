/** Fixed plans for the export tests: a small annotated plan and a full 14-activity Essential List plan. */
import { EMPTY_SNAPSHOT, type Goal, type PlanSnapshot } from '../../../shared/doc/schema.js';
import type { ItemDetails } from '../../../shared/doc/fields.js';
import { ESSENTIAL_LIST_2020_21 } from '../../../shared/lists/essentialList2020.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { planFingerprint } from '../../../shared/rules/planFingerprint.js';
import type { PlanExportInput } from '../../../shared/export/types.js';

export const LIST = ESSENTIAL_LIST_2020_21;
/** 2020-09-15 14:00 UTC. */
export const T0 = Date.UTC(2020, 8, 15, 14, 0, 0);
export const ANA = { by: 'p-ana', name: 'Ana Pérez' };
export const BEN = { by: 'p-ben', name: 'Ben Okafor' };

/** Two listed activities and a write-in, annotated, agreed by both partners. */
export function smallPlan(): PlanSnapshot {
  const picks = {
    'create-awareness-1': { ...ANA, at: T0 + 1_000 },
    'align-program-policy-2': { ...BEN, at: T0 + 2_000 },
  };
  const writeIns = { 'w-family': { strategyId: 'celebrate-milestones', text: 'Family night at the library', ...BEN, at: T0 + 3_000 } };
  const details: Record<string, ItemDetails> = {
    'create-awareness-1': { goals: ['district'], note: 'Before October, with the "ATP" chairs', timeline: 'Sept 2020', responsible: 'Ana', resources: '$0' },
    'w-family': { goals: ['schools', 'district'], note: 'Ben wants two nights', split: true },
  };
  const fingerprint = planFingerprint({ picks, writeIns });
  const agreements = {
    [ANA.by]: { name: ANA.name, fingerprint, at: T0 + 4_000 },
    [BEN.by]: { name: BEN.name, fingerprint, at: T0 + 5_000 },
  };
  return { ...EMPTY_SNAPSHOT, picks, writeIns, details, agreements };
}

export function smallInput(overrides: Partial<PlanExportInput> = {}): PlanExportInput {
  return {
    workshopTitle: 'Leaders workshop',
    pair: 3,
    partners: [
      { name: ANA.name, agreed: true },
      { name: BEN.name, agreed: true },
    ],
    plan: smallPlan(),
    list: LIST,
    rules: LIST.rules,
    exportedAt: T0 + 60_000,
    ...overrides,
  };
}

/** The 14 longest activities of `list` with at least one per strategy: the hardest plan to fit on a page. */
export function longestFourteen(list: ActivityList = LIST): string[] {
  const longestEach = list.strategies.map((s) => [...s.activities].sort((a, b) => b.text.length - a.text.length)[0].id);
  const rest = list.strategies
    .flatMap((s) => s.activities)
    .filter((a) => !longestEach.includes(a.id))
    .sort((a, b) => b.text.length - a.text.length)
    .map((a) => a.id);
  return [...longestEach, ...rest].slice(0, 14);
}

const GOALS: Goal[][] = [['district'], ['schools'], ['district', 'schools']];

/** A full Essential List plan: 14 activities, each with a short note and every plan-draft field. */
export function essentialPlan(ids: readonly string[] = longestFourteen()): PlanSnapshot {
  const picks: Record<string, PlanSnapshot['picks'][string]> = {};
  const details: Record<string, ItemDetails> = {};
  ids.forEach((id, i) => {
    picks[id] = { ...(i % 2 === 0 ? ANA : BEN), at: T0 + i * 1_000 };
    details[id] = {
      goals: GOALS[i % 3],
      note: `Start with the ${i % 2 === 0 ? 'principals' : 'ATP chairs'}; check progress in the spring.`,
      timeline: `Sept–Dec 2020 (step ${i + 1})`,
      responsible: i % 2 === 0 ? 'Ana Pérez, district facilitator' : 'Ben Okafor with the ATP chairs',
      resources: 'Staff time; $250 for printing',
    };
  });
  const fingerprint = planFingerprint({ picks, writeIns: {} });
  const agreements = { [ANA.by]: { name: ANA.name, fingerprint, at: T0 + 20_000 }, [BEN.by]: { name: BEN.name, fingerprint, at: T0 + 21_000 } };
  return { ...EMPTY_SNAPSHOT, picks, details, agreements };
}
