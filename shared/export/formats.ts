/**
 * The registry of plan formats (issue 13): every download, once. The
 * server's routes, the bundle, the pair room's "Take it home" and the
 * dashboard's exports list all iterate these two maps; a new format is one
 * entry here, its function (in `formatBuilders.ts`, or server-only code),
 * and its labels in `en.ts` and `es.ts`. This file holds no builder, so the
 * pair room and the dashboard import it without the export code.
 * - {@link PLAN_FORMATS}: one pair's files, `GET /api/workshops/:id/pairs/:n/<id>`.
 * - {@link WORKSHOP_FORMATS}: the workshop's files, `GET /api/workshops/:id/export/<id>`.
 * `build: 'shared'`: made by the shared function `formatBuilders.ts` maps it
 * to; `'server'`: by server-only code (pdfkit, the worker pool) that
 * `server/export/serverFormats.ts` maps it to (such an entry with `inBundle`
 * is made in the bundle's worker by the same builder). Both maps are typed
 * from these entries, so a missing builder fails `tsc`.
 * PDFs are laid out for `paper` (`?paper=`, else the language's; `paper.ts`).
 */
import type { Language, MessageKey } from '../i18n/translate.js';
import type { Paper } from './paper.js';
import type { ExportPair, PlanExportInput, WorkshopExport } from './types.js';

/** The `Content-Type` of each kind of file. */
export const CONTENT_TYPES = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
} as const;
/** One of {@link CONTENT_TYPES}. */
export type ContentType = (typeof CONTENT_TYPES)[keyof typeof CONTENT_TYPES];

/** What a pair's file is made from; `paper` is for the PDF (Letter when absent). */
export type PlanFileInput = PlanExportInput & { readonly exportedAt: number; readonly paper?: Paper };

/** What a workshop's file is made from: the workshop as stored (its list with every translation) and the language of the download. */
export interface WorkshopFileInput {
  readonly workshop: WorkshopExport;
  readonly pairs: readonly ExportPair[];
  readonly lang: Language;
  readonly exportedAt: number;
  /** The paper of the PDFs (the language's when absent). */
  readonly paper?: Paper;
}

/** Made by server-only code (see `server/export/serverFormats.ts`). */
export type ServerBuilt = 'server';
/** Made by a shared function (see `formatBuilders.ts`). */
export type SharedBuilt = 'shared';

/**
 * One pair's file. `access: 'pair'`: a partner of that pair or the leader,
 * offered in "Take it home" with `labels.room`; `'leader'`: the leader only.
 * `inBundle`: one copy per pair in bundle.zip.
 */
export type PlanFormat = {
  readonly contentType: ContentType;
  readonly inBundle: boolean;
  readonly build: SharedBuilt | ServerBuilt;
} & (
  | { readonly access: 'pair'; readonly labels: { readonly room: MessageKey; readonly dashboard: MessageKey } }
  | { readonly access: 'leader'; readonly labels: { readonly dashboard: MessageKey } }
);

/**
 * One of the workshop's files, the leader's only. `inBundle` is for files
 * the shared code builds (the bundle is made in a worker, from this registry).
 * `downloadName`: a fixed attachment name instead of the workshop's slug;
 * `offer: 'withEmails'`: listed only when the roster has an e-mail address.
 * `light: true`: cheap (made from the roster alone), so made in place and
 * counted with the leader's requests rather than the export budget.
 */
export type WorkshopFormat = {
  readonly contentType: ContentType;
  readonly access: 'leader';
  readonly label: MessageKey;
  readonly downloadName?: string;
  readonly offer?: 'withEmails';
  readonly light?: true;
} & { readonly build: SharedBuilt | ServerBuilt; readonly inBundle: boolean };

/** A pair's files, by file name (the last part of their path). */
export const PLAN_FORMATS = {
  'plan.pdf': { contentType: CONTENT_TYPES.pdf, access: 'pair', labels: { room: 'takeHome.pdf', dashboard: 'dashboard.exports.plan.pdf' }, inBundle: true, build: 'server' },
  'plan.md': {
    contentType: CONTENT_TYPES.md,
    access: 'pair',
    labels: { room: 'takeHome.markdown', dashboard: 'dashboard.exports.plan.markdown' },
    inBundle: true,
    build: 'shared',
  },
  'plan.csv': { contentType: CONTENT_TYPES.csv, access: 'pair', labels: { room: 'takeHome.csv', dashboard: 'dashboard.exports.plan.csv' }, inBundle: true, build: 'shared' },
  'plan.json': { contentType: CONTENT_TYPES.json, access: 'pair', labels: { room: 'takeHome.json', dashboard: 'dashboard.exports.plan.json' }, inBundle: false, build: 'shared' },
} as const satisfies Readonly<Record<string, PlanFormat>>;


/** The workshop's files, by file name (the last part of their path). */
export const WORKSHOP_FORMATS = {
  'plans.csv': {
    contentType: CONTENT_TYPES.csv,
    access: 'leader',
    label: 'dashboard.exports.file.plans-csv',
    inBundle: true,
    build: 'shared',
  },
  'tally.csv': {
    contentType: CONTENT_TYPES.csv,
    access: 'leader',
    label: 'dashboard.exports.file.tally-csv',
    inBundle: true,
    build: 'shared',
  },
  // The list as stored, every translation kept: the file restores the workshop.
  'workshop.json': {
    contentType: CONTENT_TYPES.json,
    access: 'leader',
    label: 'dashboard.exports.file.workshop-json',
    inBundle: false,
    build: 'shared',
  },
  // The district office's document (issue 15); its printable page is /facilitate/:id/report.
  'report.pdf': { contentType: CONTENT_TYPES.pdf, access: 'leader', label: 'dashboard.exports.file.report-pdf', inBundle: true, build: 'server' },
  'bundle.zip': { contentType: CONTENT_TYPES.zip, access: 'leader', label: 'dashboard.exports.file.bundle-zip', inBundle: false, build: 'server' },
  'zoom-rooms.csv': {
    contentType: CONTENT_TYPES.csv,
    access: 'leader',
    label: 'leader.zoomCsv',
    downloadName: 'zoom-breakout-rooms.csv',
    offer: 'withEmails',
    light: true,
    inBundle: false,
    build: 'shared',
  },
} as const satisfies Readonly<Record<string, WorkshopFormat>>;

/** The file name of a pair's download. */
export type PlanFormatId = keyof typeof PLAN_FORMATS;
/** The file name of a workshop download. */
export type WorkshopFormatId = keyof typeof WORKSHOP_FORMATS;

type BuiltBy<T, B> = { [K in keyof T]: T[K] extends { readonly build: infer F } ? (F extends B ? K : never) : never }[keyof T];
/** The pair's files made by server-only code. */
export type ServerPlanFormatId = BuiltBy<typeof PLAN_FORMATS, ServerBuilt>;
/** The workshop files made by server-only code. */
export type ServerWorkshopFormatId = BuiltBy<typeof WORKSHOP_FORMATS, ServerBuilt>;
/** The pair's files the shared code makes. */
export type SharedPlanFormatId = Exclude<PlanFormatId, ServerPlanFormatId>;
/** The workshop files the shared code makes (in place, or in the worker pool). */
export type SharedWorkshopFormatId = Exclude<WorkshopFormatId, ServerWorkshopFormatId>;

/** Entries of a registry, in their order, with their ids typed. */
export function formatEntries<T extends object>(registry: T): [keyof T & string, T[keyof T]][] {
  return Object.entries(registry) as [keyof T & string, T[keyof T]][];
}

/** Whether `id` names an entry of `registry` (ids come from URL paths). */
export function isFormatId<T extends object>(registry: T, id: string): id is keyof T & string {
  return Object.hasOwn(registry, id);
}
