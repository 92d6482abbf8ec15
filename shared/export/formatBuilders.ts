/**
 * The shared functions that make the registry's `build: 'shared'` formats
 * (`formats.ts`), by id: typed from the registry, so an entry without its
 * function (or a function without an entry) fails `tsc`. Server code
 * imports this; the client never does, so the pair room does not load the
 * export code.
 */
import { createTranslate } from '../i18n/translate.js';
import { toZoomCsv } from '../roster/toZoomCsv.js';
import { aggregatePlans } from '../tally/aggregatePlans.js';
import type { PlanFileInput, SharedPlanFormatId, SharedWorkshopFormatId, WorkshopFileInput } from './formats.js';
import { localizeWorkshop } from './localizeWorkshop.js';
import { toPlanCsv } from './toPlanCsv.js';
import { toPlanJson } from './toPlanJson.js';
import { toPlanMarkdown } from './toPlanMarkdown.js';
import { toPlansCsv } from './toPlansCsv.js';
import { toTallyCsv } from './toTallyCsv.js';
import { toWorkshopJson } from './toWorkshopJson.js';

/** The workshop's list and words in the download's language. */
const localized = ({ workshop, lang }: WorkshopFileInput) => ({ workshop: localizeWorkshop(workshop, lang), t: createTranslate(lang) });

/** A pair's files the shared code makes. */
export const SHARED_PLAN_BUILDERS: { readonly [Id in SharedPlanFormatId]: (input: PlanFileInput) => string } = {
  'plan.md': toPlanMarkdown,
  'plan.csv': toPlanCsv,
  'plan.json': toPlanJson,
};

/** The workshop files the shared code makes. */
export const SHARED_WORKSHOP_BUILDERS: { readonly [Id in SharedWorkshopFormatId]: (input: WorkshopFileInput) => string } = {
  'plans.csv': (input) => {
    const { workshop, t } = localized(input);
    return toPlansCsv(workshop, input.pairs, t);
  },
  'tally.csv': (input) => {
    const { workshop, t } = localized(input);
    const tally = aggregatePlans(input.pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list);
    return toTallyCsv(tally, workshop.list, t);
  },
  // The list as stored, every translation kept: the file restores the workshop.
  'workshop.json': ({ workshop, pairs, exportedAt }) => toWorkshopJson(workshop, pairs, exportedAt),
  'zoom-rooms.csv': ({ workshop }) => toZoomCsv(workshop.pairs),
};

/** A workshop file the shared code makes, by id (what the worker pool runs). */
export function buildWorkshopFile(id: SharedWorkshopFormatId, input: WorkshopFileInput): string {
  return SHARED_WORKSHOP_BUILDERS[id](input);
}
