/**
 * The builders of the registry's server-only formats (`build: 'server'` in
 * `shared/export/formats.ts`): pdfkit's PDFs and the worker pool's bundle.
 * Each map is typed by the registry, so an entry without a builder (or a
 * builder without an entry) fails `tsc`.
 */
import {
  PLAN_FORMATS,
  type PlanFileInput,
  type PlanFormatId,
  type ServerPlanFormatId,
  type ServerWorkshopFormatId,
  type WorkshopFileInput,
} from '../../shared/export/formats.js';
import { SHARED_PLAN_BUILDERS } from '../../shared/export/formatBuilders.js';
import type { HeavyJobs } from '../jobs/HeavyJobs.js';
import { planPdf } from './planPdf.js';
import { reportPdf } from './reportPdf.js';

/** What a download's body is: text, or bytes. */
export type FileBody = string | Uint8Array;

/** The pair's files made on the server, by id. */
export const SERVER_PLAN_BUILDERS: { readonly [K in ServerPlanFormatId]: (input: PlanFileInput) => Promise<Uint8Array> } = {
  'plan.pdf': planPdf,
};

/** The workshop files made on the server, by id; `jobs` is the export pool (a report of 500 plans is 500 pages). */
export const SERVER_WORKSHOP_BUILDERS: { readonly [K in ServerWorkshopFormatId]: (input: WorkshopFileInput, jobs: Pick<HeavyJobs, 'runExport'>) => Promise<FileBody> } = {
  'report.pdf': (input, jobs) => jobs.runExport('report', input),
  'bundle.zip': (input, jobs) => jobs.runExport('bundle', input),
};

/** The server-made workshop files of bundle.zip, made in the bundle's own worker. */
export const SERVER_BUNDLED_BUILDERS: { readonly [K in ServerWorkshopFormatId]?: (input: WorkshopFileInput) => Promise<Uint8Array> } = {
  'report.pdf': reportPdf,
};

const isServerPlanFormat = (id: PlanFormatId): id is ServerPlanFormatId => PLAN_FORMATS[id].build === 'server';

/** Pair file `id`, by its shared function or its server builder. */
export function buildPlanFile(id: PlanFormatId, input: PlanFileInput): FileBody | Promise<FileBody> {
  if (isServerPlanFormat(id)) return SERVER_PLAN_BUILDERS[id](input);
  return SHARED_PLAN_BUILDERS[id](input);
}
