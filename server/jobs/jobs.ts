/**
 * The heavy jobs the worker pool runs, by name: each a plain function of
 * structured-clonable input. The worker thread (`jobWorker.ts`) imports this
 * table; the main thread imports only its types, and may run a job in
 * process when it is small enough not to be worth the trip. The exporters
 * (pdfkit and its fonts) load on first use, so the compaction worker starts
 * without them.
 */
import type { SharedWorkshopFormatId, WorkshopFileInput } from '../../shared/export/formats.js';
import { compactState } from './compactState.js';
import type { ImportFile } from '../export/readImportFile.js';

/** Every job: its input and what it resolves with. */
export const JOBS = {
  compactState: (updates: readonly Uint8Array[]): Uint8Array => compactState(updates),
  bundle: async (input: WorkshopFileInput): Promise<Uint8Array> => (await import('../export/bundle.js')).buildBundle(input),
  report: async (input: WorkshopFileInput): Promise<Uint8Array> => (await import('../export/reportPdf.js')).reportPdf(input),
  /** A workshop file of the registry that the shared code makes (plans.csv, tally.csv …). */
  workshopFile: async ({ id, input }: { id: SharedWorkshopFormatId; input: WorkshopFileInput }): Promise<string> =>
    (await import('../../shared/export/formatBuilders.js')).buildWorkshopFile(id, input),
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
