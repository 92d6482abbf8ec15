/**
 * The heavy jobs the worker pool runs, by name: each a plain function of
 * structured-clonable input. The worker thread (`jobWorker.ts`) imports this
 * table; the main thread imports only its types, and may run a job in
 * process when it is small enough not to be worth the trip.
 */
import { buildBundle } from '../export/bundle.js';
import { toPlansCsv } from '../../shared/export/toPlansCsv.js';
import { toTallyCsv } from '../../shared/export/toTallyCsv.js';
import type { ExportPair, WorkshopExport } from '../../shared/export/types.js';
import { createTranslate, type Language } from '../../shared/i18n/translate.js';
import { aggregatePlans } from '../../shared/tally/aggregatePlans.js';
import { compactState } from './compactState.js';
import { readImportFile } from '../export/readImportFile.js';

/** What a workshop-wide export is made from (the workshop already localised). */
export interface WorkshopExportJob {
  readonly workshop: WorkshopExport;
  readonly pairs: readonly ExportPair[];
  readonly lang: Language;
  readonly exportedAt: number;
}

/** Every job: its input and what it resolves with. */
export const JOBS = {
  compactState: (updates: readonly Uint8Array[]): Uint8Array => compactState(updates),
  bundle: ({ workshop, pairs, lang, exportedAt }: WorkshopExportJob): Promise<Uint8Array> =>
    buildBundle({ workshop, pairs, exportedAt, t: createTranslate(lang) }),
  plansCsv: ({ workshop, pairs, lang }: WorkshopExportJob): string => toPlansCsv(workshop, pairs, createTranslate(lang)),
  tallyCsv: ({ workshop, pairs, lang }: WorkshopExportJob): string =>
    toTallyCsv(aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list), workshop.list, createTranslate(lang)),
  importFile: (bytes: Uint8Array) => readImportFile(bytes),
} as const;

/** The name of a job. */
export type JobName = keyof typeof JOBS;
/** The input of job `K`. */
export type JobInput<K extends JobName> = Parameters<(typeof JOBS)[K]>[0];
/** What job `K` resolves with. */
export type JobOutput<K extends JobName> = Awaited<ReturnType<(typeof JOBS)[K]>>;

/** A request from the pool to a worker. */
export interface JobRequest {
  readonly id: number;
  readonly name: JobName;
  readonly input: unknown;
}

/** A worker's answer to one request. */
export type JobReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
