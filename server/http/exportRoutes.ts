/**
 * "Take it home": the exports, at any time during or after a workshop.
 * - `GET /api/workshops/:id/pairs/:n/plan.pdf|plan.md|plan.csv|plan.json`:
 *   the leader (Bearer key) or a partner of that pair (session cookie).
 * - `GET /api/workshops/:id/export/plans.csv|tally.csv|workshop.json|bundle.zip`:
 *   the leader only.
 * - `POST /api/workshops/import`: a workshop.json body (up to 5 MB) becomes a
 *   new workshop with new keys; 201 with the body of `POST /api/workshops`.
 * `?lang=es` gives the words in Spanish, and the list's activities and
 * strategies too when the list has a Spanish translation (workshop.json
 * keeps the list as it is, translations and all). Downloads are attachments named
 * after the workshop (`leaders-workshop-pair-3-plan.md`), never cached.
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { fileNameFor } from '../../shared/export/fileNameFor.js';
import { localizeWorkshop } from '../../shared/export/localizeWorkshop.js';
import { pairExportInput } from '../../shared/export/pairExportInput.js';
import { toPlanCsv } from '../../shared/export/toPlanCsv.js';
import { toPlanJson } from '../../shared/export/toPlanJson.js';
import { toPlanMarkdown } from '../../shared/export/toPlanMarkdown.js';
import { toPlansCsv } from '../../shared/export/toPlansCsv.js';
import { toTallyCsv } from '../../shared/export/toTallyCsv.js';
import { toWorkshopJson } from '../../shared/export/toWorkshopJson.js';
import type { ExportPair, PlanExportInput } from '../../shared/export/types.js';
import { LANGUAGES, createTranslate, type Language, type Translate } from '../../shared/i18n/translate.js';
import { aggregatePlans } from '../../shared/tally/aggregatePlans.js';
import { requireFacilitator, requireLeaderOrPair } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { importWorkshop } from '../export/importWorkshop.js';
import { loadPairPlan } from '../export/loadPairPlan.js';
import { planPdf } from '../export/planPdf.js';
import { HEAVY_JOBS, type ExportJob } from '../jobs/HeavyJobs.js';
import type { JobOutput } from '../jobs/jobs.js';
import { PoolBusyError } from '../jobs/WorkerPool.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import type { WorkshopRecord } from '../workshops/types.js';
import { createdWorkshopBody } from './createdWorkshop.js';
import { HttpError, asyncHandler } from './errors.js';
import { perMinute } from './perMinute.js';
import { loadWorkshop } from './participantRoutes.js';

/** Largest workshop.json accepted by the import (the API's other bodies stay at 512 kB). */
export const MAX_IMPORT_BODY = '5mb';

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
} as const;

type Body = string | Uint8Array;

/** One pair's downloads, by file name. */
const PLAN_FILES = new Map<string, { type: string; build: (input: PlanExportInput & { exportedAt: number }) => Body | Promise<Body> }>([
  ['plan.pdf', { type: CONTENT_TYPES.pdf, build: planPdf }],
  ['plan.md', { type: CONTENT_TYPES.md, build: toPlanMarkdown }],
  ['plan.csv', { type: CONTENT_TYPES.csv, build: toPlanCsv }],
  ['plan.json', { type: CONTENT_TYPES.json, build: toPlanJson }],
]);

/** The file names a pair's download route serves (the OpenAPI document lists them: server/http/apiRoutes.ts). */
export const PLAN_FILE_NAMES = [...PLAN_FILES.keys()];

/**
 * Workshops with at least this many pairs get their plans.csv and tally.csv
 * made in the export pool: at 500 pairs they took ~100 ms of the event loop
 * each. Smaller ones are made in place (a worker's round trip costs more).
 */
export const POOL_MIN_PAIRS = 100;

interface WorkshopFileInput {
  readonly ctx: AppContext;
  /** The workshop as stored, for workshop.json. */
  readonly workshop: WorkshopRecord;
  /** The workshop with its list in the language of the download. */
  readonly localized: WorkshopRecord;
  readonly pairs: readonly ExportPair[];
  readonly lang: Language;
  readonly t: Translate;
  readonly exportedAt: number;
}

/**
 * Runs an export in the worker pool (issue "Airtight", finding 5: one
 * 500-pair bundle.zip held the event loop 41.6 s); a full pool answers 503
 * with `Retry-After` rather than queueing without bound.
 */
async function inPool<K extends Exclude<ExportJob, 'importFile'>>(name: K, { ctx, localized, pairs, lang, exportedAt }: WorkshopFileInput): Promise<JobOutput<K>> {
  const workshop = { title: localized.title, list: localized.list, rules: localized.rules, pairs: localized.pairs };
  const plans = pairs.map((p) => ({ n: p.n, plan: p.plan, present: p.present?.map((who) => ({ id: who.id, name: who.name })) }));
  return refuseWhenBusy(() => ctx.jobs.runExport(name, { workshop, pairs: plans, lang, exportedAt }));
}

/** A pool job, or 503 with Retry-After when the pool is full. */
async function refuseWhenBusy<T>(job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (error) {
    if (!(error instanceof PoolBusyError)) throw error;
    const retryAfter = HEAVY_JOBS.exportRetryAfterSeconds;
    throw new HttpError(503, `The server is busy making other large downloads; try again in ${retryAfter} seconds.`, { 'Retry-After': String(retryAfter) });
  }
}

const tallyCsv = ({ localized, pairs, t }: WorkshopFileInput): string =>
  toTallyCsv(aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), localized.list), localized.list, t);

/** The leader's workshop downloads, by file name. */
const WORKSHOP_FILES = new Map<string, { type: string; build: (input: WorkshopFileInput) => Body | Promise<Body> }>([
  [
    'plans.csv',
    { type: CONTENT_TYPES.csv, build: (input) => (input.pairs.length >= POOL_MIN_PAIRS ? inPool('plansCsv', input) : toPlansCsv(input.localized, input.pairs, input.t)) },
  ],
  ['tally.csv', { type: CONTENT_TYPES.csv, build: (input) => (input.pairs.length >= POOL_MIN_PAIRS ? inPool('tallyCsv', input) : tallyCsv(input)) }],
  ['workshop.json', { type: CONTENT_TYPES.json, build: ({ workshop, pairs, exportedAt }) => toWorkshopJson(workshop, pairs, exportedAt) }],
  ['bundle.zip', { type: CONTENT_TYPES.zip, build: (input) => inPool('bundle', input) }],
]);

/** The file names the workshop download route serves (listed in the OpenAPI document). */
export const WORKSHOP_FILE_NAMES = [...WORKSHOP_FILES.keys()];

/** The language of `?lang=`, English by default. */
function languageOf(req: Request): Language {
  const lang = typeof req.query.lang === 'string' ? req.query.lang : 'en';
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

/** A pair number from the path, or `null` when it is not one. */
function pairNumber(raw: string): number | null {
  return /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : null;
}

function sendFile(res: Response, type: string, name: string, body: Body): void {
  res.set('Cache-Control', 'no-store');
  res.type(type);
  res.attachment(name);
  res.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

export function exportRoutes(ctx: AppContext, hub: DashboardHub, limits: { import?: RequestHandler; export?: RequestHandler } = {}): Router {
  const router = Router();
  const importLimit = limits.import ?? perMinute(ctx.config.rateLimits.create);
  // A PDF or a bundle costs real work: every download counts, the leader's and the partners'.
  const exportLimit = limits.export ?? perMinute(ctx.config.rateLimits.export);
  // Only the files served here count: zoom-rooms.csv falls through to the leader's routes and their own limit.
  const limitFiles =
    (files: ReadonlyMap<string, unknown>): RequestHandler =>
    (req, res, next) =>
      files.has(String(req.params.file)) ? exportLimit(req, res, next) : next('route');

  router.get(
    '/workshops/:id/pairs/:n/:file',
    limitFiles(PLAN_FILES),
    asyncHandler(async (req, res, next) => {
      const file = PLAN_FILES.get(String(req.params.file));
      if (!file) return next();
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      const n = pairNumber(String(req.params.n));
      requireLeaderOrPair(req.headers, workshop, ctx.sessionSecret, n ?? -1);
      if (n === null || !workshop.pairs.some((p) => p.n === n)) throw new HttpError(404, 'No such pair in this workshop.');
      const exportedAt = Date.now();
      const pair = await loadPairPlan(ctx, workshop.id, n);
      const lang = languageOf(req);
      const input = pairExportInput(localizeWorkshop(workshop, lang), pair, { t: createTranslate(lang), exportedAt });
      const body = await file.build({ ...input, exportedAt });
      ctx.log.info({ workshop: workshop.id, pair: n, file: req.params.file }, 'export');
      sendFile(res, file.type, fileNameFor(workshop.title, n, String(req.params.file)), body);
    }),
  );

  router.get(
    '/workshops/:id/export/:file',
    limitFiles(WORKSHOP_FILES),
    asyncHandler(async (req, res, next) => {
      const file = WORKSHOP_FILES.get(String(req.params.file));
      if (!file) return next();
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      requireFacilitator(req.headers, workshop);
      const started = Date.now();
      const lang = languageOf(req);
      const localized = localizeWorkshop(workshop, lang);
      const body = await file.build({ ctx, workshop, localized, pairs: await hub.summaries(workshop), lang, t: createTranslate(lang), exportedAt: started });
      ctx.log.info({ workshop: workshop.id, file: req.params.file, ms: Date.now() - started }, 'export');
      sendFile(res, file.type, fileNameFor(workshop.title, undefined, String(req.params.file)), body);
    }),
  );

  router.post(
    '/workshops/import',
    importLimit,
    // Raw bytes: parsing, validating and turning 500 plans into updates happen in the export pool.
    express.raw({ type: 'application/json', limit: MAX_IMPORT_BODY }),
    asyncHandler(async (req, res) => {
      if (!Buffer.isBuffer(req.body)) throw new HttpError(400, 'Send the workshop.json file as the body, with Content-Type: application/json.');
      const bytes = new Uint8Array(req.body);
      const parsed = await refuseWhenBusy(() => ctx.jobs.runExport('importFile', bytes, [bytes.buffer]));
      if (!parsed.ok) throw new HttpError(400, parsed.error);
      const { workshop, facilitatorKey } = await importWorkshop(ctx, parsed.value);
      ctx.log.info({ workshop: workshop.id, pairs: workshop.pairs.length, list: workshop.list.id }, 'workshop imported');
      res.status(201).json(createdWorkshopBody(ctx, req, workshop, facilitatorKey));
    }),
  );

  return router;
}
