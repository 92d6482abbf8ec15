/**
 * The heavy jobs the worker pool runs, by name: each a plain function of
 * structured-clonable input. The worker thread (`jobWorker.ts`) imports this
 * table; the main thread imports only its types, and may run a job in
 * process when it is small enough not to be worth the trip. The exporters
 * (pdfkit and its fonts) load on first use, so the compaction worker starts
 * without them.
 */
import type { ExportPair, WorkshopExport } from '../../shared/export/types.js';
import type { Language } from '../../shared/i18n/translate.js';
import { compactState } from './compactState.js';
import type { ImportFile } from '../export/readImportFile.js';

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
  bundle: async ({ workshop, pairs, lang, exportedAt }: WorkshopExportJob): Promise<Uint8Array> => {
    const [{ buildBundle }, { createTranslate }] = await Promise.all([import('../export/bundle.js'), import('../../shared/i18n/translate.js')]);
    return buildBundle({ workshop, pairs, exportedAt, t: createTranslate(lang) });
  },
  plansCsv: async ({ workshop, pairs, lang }: WorkshopExportJob): Promise<string> => {
    const [{ toPlansCsv }, { createTranslate }] = await Promise.all([import('../../shared/export/toPlansCsv.js'), import('../../shared/i18n/translate.js')]);
    return toPlansCsv(workshop, pairs, createTranslate(lang));
  },
  tallyCsv: async ({ workshop, pairs, lang }: WorkshopExportJob): Promise<string> => {
    const [{ toTallyCsv }, { aggregatePlans }, { createTranslate }] = await Promise.all([
      import('../../shared/export/toTallyCsv.js'),
      import('../../shared/tally/aggregatePlans.js'),
      import('../../shared/i18n/translate.js'),
    ]);
    return toTallyCsv(aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list), workshop.list, createTranslate(lang));
  },
  importFile: async (bytes: Uint8Array): Promise<{ ok: true; value: ImportFile } | { ok: false; error: string }> =>
    (await import('../export/readImportFile.js')).readImportFile(bytes),
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
