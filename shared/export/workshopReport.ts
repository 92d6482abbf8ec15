/**
 * The workshop report (issue 15): one document for the district office
 * after the workshop, as report.pdf (`server/export/reportPdf.ts`) and as
 * the leader's printable page (`client/features/report/*`), both made from
 * this model: the workshop, its date, list (with its citation) and rules;
 * participation; the tally with its consensus picks and contested
 * activities (`classifyTally`); the write-ins grouped (`groupWriteIns`); and
 * every pair's plan, as its own exports show it (`pairExportInput`).
 * Pure; the workshop comes already in the report's language.
 */
import type { Translate } from '../i18n/translate.js';
import { aggregatePlans, type Tally } from '../tally/aggregatePlans.js';
import { DEFAULT_CONSENSUS_SHARE, classifyTally, type TallyClasses } from '../tally/classifyTally.js';
import { groupWriteIns, type WriteInGroup } from '../tally/groupWriteIns.js';
import { formatDate } from './labels.js';
import { pairExportInput } from './pairExportInput.js';
import { planStatus } from './planStatus.js';
import type { ExportPair, PlanExportInput, WorkshopExport } from './types.js';

/** The counts of who took part. */
export interface Participation {
  /** Pairs of the workshop. */
  readonly pairs: number;
  /** Distinct partners over all plans (roster members, people who joined, the plans' authors). */
  readonly partners: number;
  /** Participants in a pair room when the report was made. */
  readonly present: number;
  /** Pairs that chose (or marked) anything. */
  readonly active: number;
  /** Pairs whose plan is agreed (the exports' "Agreed": yes). */
  readonly agreed: number;
}

/** The participation counts with their labels, in the order the PDF and the page list them. */
export function participationFacts(p: Participation, t: Translate): [label: string, count: number][] {
  return [
    [t('report.pairs'), p.pairs],
    [t('report.partners'), p.partners],
    [t('report.present'), p.present],
    [t('report.active'), p.active],
    [t('report.agreed'), p.agreed],
  ];
}

/** Everything the report shows, in its language. */
export interface WorkshopReport {
  readonly title: string;
  /** The day the report was made, in the workshop's time zone. */
  readonly date: string;
  readonly listTitle: string;
  /** The list's citation ("" when it has none). */
  readonly source: string;
  /** The rules in words ("At least 1 per strategy · at most 14 in total"). */
  readonly rules: string;
  readonly participation: Participation;
  readonly tally: Tally;
  readonly classes: TallyClasses;
  /** The consensus share used (0..1). */
  readonly share: number;
  readonly writeIns: readonly WriteInGroup[];
  /** Each pair's plan as its exports are made, in pair order. */
  readonly plans: readonly (PlanExportInput & { readonly exportedAt: number })[];
}

/** The report of `workshop` (in the report's language) and its pairs' plans. */
export function workshopReport(
  workshop: WorkshopExport,
  pairs: readonly ExportPair[],
  options: { t: Translate; exportedAt: number; share?: number },
): WorkshopReport {
  const { t, exportedAt } = options;
  const share = options.share ?? DEFAULT_CONSENSUS_SHARE;
  const sorted = [...pairs].sort((a, b) => a.n - b.n);
  const plans = sorted.map((pair) => ({ ...pairExportInput(workshop, pair, { t, exportedAt }), exportedAt }));
  const tally = aggregatePlans(sorted, workshop.list);
  const partners = new Set(plans.flatMap((p) => p.partners.map((who) => `${p.pair}\u0000${who.name}`)));
  const { rules } = workshop;
  const ruleParts = [t('report.rulesMin', { count: rules.minPerStrategy }), rules.maxTotal === null ? t('report.rulesNoMax') : t('report.rulesMax', { count: rules.maxTotal })];
  return {
    title: workshop.title,
    date: formatDate(exportedAt, workshop.timeZone),
    listTitle: workshop.list.subtitle ? `${workshop.list.title} — ${workshop.list.subtitle}` : workshop.list.title,
    source: workshop.list.source.trim(),
    rules: ruleParts.join(' · '),
    participation: {
      pairs: workshop.pairs.length,
      partners: partners.size,
      present: sorted.reduce((n, p) => n + (p.present?.length ?? 0), 0),
      active: tally.activePairs,
      agreed: plans.filter((p) => planStatus(p).agreement.proposed).length,
    },
    tally,
    classes: classifyTally(tally, share),
    share,
    writeIns: groupWriteIns(tally.strategies.flatMap((s) => s.writeIns)),
    plans,
  };
}
