/**
 * The per-pair export input of a numbered pair of a workshop: its partners
 * (roster members, everyone who joined or is here, then the plan's other authors), who
 * is present, the words.
 * plans.csv, the bundle and the per-pair routes all build it this way.
 */
import type { Translate } from '../i18n/translate.js';
import { planPartners } from './planPartners.js';
import type { ExportPair, PlanExportInput, WorkshopExport } from './types.js';

/** The {@link PlanExportInput} of `pair` in `workshop`. */
export function pairExportInput(
  workshop: WorkshopExport,
  pair: ExportPair,
  options: { t?: Translate; exportedAt?: number } = {},
): PlanExportInput {
  const slot = workshop.pairs.find((p) => p.n === pair.n);

  return {
    workshopTitle: workshop.title,
    pair: pair.n,
    partners: planPartners(pair.plan, { members: slot?.members.map((m) => m.name), joined: slot?.joined, present: pair.present }),
    plan: pair.plan,
    list: workshop.list,
    rules: workshop.rules,
    presentIds: pair.present?.map((p) => p.id) ?? [],
    ...(options.t ? { t: options.t } : {}),
    ...(options.exportedAt !== undefined ? { exportedAt: options.exportedAt } : {}),
    ...(workshop.timeZone !== undefined ? { timeZone: workshop.timeZone } : {}),
  };
}
