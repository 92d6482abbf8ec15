/**
 * The registry of plan formats (issue 13): every download, once. The
 * server's routes, the bundle, the pair room's "Take it home" and the
 * dashboard's exports list all iterate these two maps; a new format is one
 * entry here and its function (plus its labels in `en.ts` and `es.ts`).
 * - {@link PLAN_FORMATS}: one pair's files, `GET /api/workshops/:id/pairs/:n/<id>`.
 * - {@link WORKSHOP_FORMATS}: the workshop's files, `GET /api/workshops/:id/export/<id>`.
 * An entry whose `build` is `'server'` is made by server-only code (pdfkit,
 * the worker pool): `server/export/serverFormats.ts` maps each such id to its
 * builder, typed so that a missing one fails `tsc`; such an entry with
 * `inBundle` is made in the bundle's worker by the same builder.
 * PDFs are laid out for `paper` (`?paper=`, else the language's; `paper.ts`).
 */
import { createTranslate, type Language, type MessageKey } from '../i18n/translate.js';
import { toZoomCsv } from '../roster/toZoomCsv.js';
import { aggregatePlans } from '../tally/aggregatePlans.js';
import { localizeWorkshop } from './localizeWorkshop.js';
import type { Paper } from './paper.js';
import { toPlanCsv } from './toPlanCsv.js';
import { toPlanJson } from './toPlanJson.js';
import { toPlanMarkdown } from './toPlanMarkdown.js';
import { toPlansCsv } from './toPlansCsv.js';
import { toTallyCsv } from './toTallyCsv.js';
import { toWorkshopJson } from './toWorkshopJson.js';
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

/**
 * One pair's file. `access: 'pair'`: a partner of that pair or the leader,
 * offered in "Take it home" with `labels.room`; `'leader'`: the leader only.
 * `inBundle`: one copy per pair in bundle.zip.
 */
export type PlanFormat = {
  readonly contentType: ContentType;
  readonly inBundle: boolean;
  readonly build: ((input: PlanFileInput) => string) | ServerBuilt;
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
} & { readonly build: ((input: WorkshopFileInput) => string) | ServerBuilt; readonly inBundle: boolean };

/** A pair's files, by file name (the last part of their path). */
export const PLAN_FORMATS = {
  'plan.pdf': { contentType: CONTENT_TYPES.pdf, access: 'pair', labels: { room: 'takeHome.pdf', dashboard: 'dashboard.exports.plan.pdf' }, inBundle: true, build: 'server' },
  'plan.md': {
    contentType: CONTENT_TYPES.md,
    access: 'pair',
    labels: { room: 'takeHome.markdown', dashboard: 'dashboard.exports.plan.markdown' },
    inBundle: true,
    build: toPlanMarkdown,
  },
  'plan.csv': { contentType: CONTENT_TYPES.csv, access: 'pair', labels: { room: 'takeHome.csv', dashboard: 'dashboard.exports.plan.csv' }, inBundle: true, build: toPlanCsv },
  'plan.json': { contentType: CONTENT_TYPES.json, access: 'pair', labels: { room: 'takeHome.json', dashboard: 'dashboard.exports.plan.json' }, inBundle: false, build: toPlanJson },
} as const satisfies Readonly<Record<string, PlanFormat>>;

/** The workshop's list and words in the download's language. */
const localized = ({ workshop, lang }: WorkshopFileInput) => ({ workshop: localizeWorkshop(workshop, lang), t: createTranslate(lang) });

/** The workshop's files, by file name (the last part of their path). */
export const WORKSHOP_FORMATS = {
  'plans.csv': {
    contentType: CONTENT_TYPES.csv,
    access: 'leader',
    label: 'dashboard.exports.file.plans-csv',
    inBundle: true,
    build: (input) => {
      const { workshop, t } = localized(input);
      return toPlansCsv(workshop, input.pairs, t);
    },
  },
  'tally.csv': {
    contentType: CONTENT_TYPES.csv,
    access: 'leader',
    label: 'dashboard.exports.file.tally-csv',
    inBundle: true,
    build: (input) => {
      const { workshop, t } = localized(input);
      const tally = aggregatePlans(input.pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list);
      return toTallyCsv(tally, workshop.list, t);
    },
  },
  // The list as stored, every translation kept: the file restores the workshop.
  'workshop.json': {
    contentType: CONTENT_TYPES.json,
    access: 'leader',
    label: 'dashboard.exports.file.workshop-json',
    inBundle: false,
    build: ({ workshop, pairs, exportedAt }) => toWorkshopJson(workshop, pairs, exportedAt),
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
    build: ({ workshop }) => toZoomCsv(workshop.pairs),
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

/** A workshop file the shared code makes, by id (what the worker pool runs). */
export function buildWorkshopFile(id: SharedWorkshopFormatId, input: WorkshopFileInput): string {
  return WORKSHOP_FORMATS[id].build(input);
}
