/**
 * "Take it home": the exports, at any time during or after a workshop.
 * - `GET /api/workshops/:id/pairs/:n/<file>`, each file of `PLAN_FORMATS`
 *   (`shared/export/formats.ts`): the leader (Bearer key), and a partner of
 *   that pair (session cookie) when its `access` is `'pair'`.
 * - `GET /api/workshops/:id/export/<file>`, each file of `WORKSHOP_FORMATS`:
 *   the leader only.
 * - `POST /api/workshops/import`: a workshop.json body (up to 5 MB) becomes a
 *   new workshop with new keys; 201 with the body of `POST /api/workshops`.
 * `?paper=a4|letter` sets a PDF's paper (by default the language's: en →
 * Letter, es → A4). `?lang=es` gives the words in Spanish, and the list's activities and
 * strategies too when the list has a Spanish translation (workshop.json
 * keeps the list as it is, translations and all). Downloads are attachments named
 * after the workshop (`leaders-workshop-pair-3-plan.md`), never cached.
 */
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { fileNameFor } from '../../shared/export/fileNameFor.js';
import {
  PLAN_FORMATS,
  WORKSHOP_FORMATS,
  isFormatId,
  type ServerWorkshopFormatId,
  type WorkshopFileInput,
  type WorkshopFormat,
  type WorkshopFormatId,
} from '../../shared/export/formats.js';
import { localizeWorkshop } from '../../shared/export/localizeWorkshop.js';
import { pairExportInput } from '../../shared/export/pairExportInput.js';
import { paperOf } from '../../shared/export/paper.js';
import { LANGUAGES, createTranslate, type Language } from '../../shared/i18n/translate.js';
import { requireFacilitator, requireLeaderOrPair } from '../auth/access.js';
import type { AppContext } from '../context.js';
import { importWorkshop } from '../export/importWorkshop.js';
import { loadPairPlan } from '../export/loadPairPlan.js';
import { buildWorkshopFile } from '../../shared/export/formatBuilders.js';
import { SERVER_WORKSHOP_BUILDERS, buildPlanFile, type FileBody } from '../export/serverFormats.js';
import { HEAVY_JOBS } from '../jobs/HeavyJobs.js';
import { PoolBusyError } from '../jobs/WorkerPool.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import { createdWorkshopBody } from './createdWorkshop.js';
import { HttpError, asyncHandler } from './errors.js';
import { perMinute } from './perMinute.js';
import { loadWorkshop } from './participantRoutes.js';

/** Largest workshop.json accepted by the import (the API's other bodies stay at 512 kB). */
export const MAX_IMPORT_BODY = '5mb';

/**
 * Workshops with at least this many pairs get their shared-code files
 * (plans.csv, tally.csv …) made in the export pool: at 500 pairs they took
 * ~100 ms of the event loop each. Smaller ones are made in place (a
 * worker's round trip costs more), and so are the `light` ones.
 */
export const POOL_MIN_PAIRS = 100;

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

const isServerWorkshopFormat = (id: WorkshopFormatId): id is ServerWorkshopFormatId => WORKSHOP_FORMATS[id].build === 'server';

/**
 * Workshop file `id`. Large workshops' files run in the worker pool (issue
 * "Airtight", finding 5: one 500-pair bundle.zip held the event loop 41.6 s);
 * a full pool answers 503 with `Retry-After` rather than queueing without bound.
 */
function buildWorkshopDownload(ctx: AppContext, id: WorkshopFormatId, input: WorkshopFileInput): Promise<FileBody> {
  return refuseWhenBusy(async () => {
    if (isServerWorkshopFormat(id)) return SERVER_WORKSHOP_BUILDERS[id](input, ctx.jobs);
    const format: WorkshopFormat = WORKSHOP_FORMATS[id];
    if (format.light || input.pairs.length < POOL_MIN_PAIRS) return buildWorkshopFile(id, input);
    return ctx.jobs.runExport('workshopFile', { id, input });
  });
}


/** The language of `?lang=`, English by default. */
function languageOf(req: Request): Language {
  const lang = typeof req.query.lang === 'string' ? req.query.lang : 'en';
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : 'en';
}

/** A pair number from the path, or `null` when it is not one. */
function pairNumber(raw: string): number | null {
  return /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : null;
}

function sendFile(res: Response, type: string, name: string, body: FileBody): void {
  res.set('Cache-Control', 'no-store');
  // After `attachment`, which would set the type from the name's extension: the registry's type wins.
  res.attachment(name);
  res.type(type);
  res.send(typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
}

/** `limits.leader` is the leader routes' own limiter (one budget), for the `light` files. */
export function exportRoutes(
  ctx: AppContext,
  hub: DashboardHub,
  limits: { import?: RequestHandler; export?: RequestHandler; leader?: RequestHandler } = {},
): Router {
  const router = Router();
  const importLimit = limits.import ?? perMinute(ctx.config.rateLimits.create);
  // A PDF or a bundle costs real work: every download counts, the leader's and the partners'.
  const exportLimit = limits.export ?? perMinute(ctx.config.rateLimits.export);
  const leaderLimit = limits.leader ?? perMinute(ctx.config.rateLimits.leader);
  // Only the registry's files count; any other name falls through to the next routes.
  const limitFiles =
    (registry: Readonly<Record<string, { readonly contentType: string; readonly light?: true }>>): RequestHandler =>
    (req, res, next) => {
      const file = String(req.params.file);
      if (!isFormatId(registry, file)) return next('route');
      return (registry[file].light ? leaderLimit : exportLimit)(req, res, next);
    };

  router.get(
    '/workshops/:id/pairs/:n/:file',
    limitFiles(PLAN_FORMATS),
    asyncHandler(async (req, res, next) => {
      const id = String(req.params.file);
      if (!isFormatId(PLAN_FORMATS, id)) return next();
      const format = PLAN_FORMATS[id];
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      const n = pairNumber(String(req.params.n));
      if (format.access === 'pair') requireLeaderOrPair(req.headers, workshop, ctx.sessionSecret, n ?? -1);
      else requireFacilitator(req.headers, workshop);
      if (n === null || !workshop.pairs.some((p) => p.n === n)) throw new HttpError(404, 'No such pair in this workshop.');
      const exportedAt = Date.now();
      const pair = await loadPairPlan(ctx, workshop.id, n);
      const lang = languageOf(req);
      const input = pairExportInput(localizeWorkshop(workshop, lang), pair, { t: createTranslate(lang), exportedAt });
      const body = await buildPlanFile(id, { ...input, exportedAt, paper: paperOf(req.query.paper, lang) });
      ctx.log.info({ workshop: workshop.id, pair: n, file: id }, 'export');
      sendFile(res, format.contentType, fileNameFor(workshop.title, n, id), body);
    }),
  );

  router.get(
    '/workshops/:id/export/:file',
    limitFiles(WORKSHOP_FORMATS),
    asyncHandler(async (req, res, next) => {
      const id = String(req.params.file);
      if (!isFormatId(WORKSHOP_FORMATS, id)) return next();
      const format: WorkshopFormat = WORKSHOP_FORMATS[id];
      const workshop = await loadWorkshop(ctx, String(req.params.id));
      requireFacilitator(req.headers, workshop);
      const started = Date.now();
      // Only what the files read: the rest of the record (keys' hashes, join code) never reaches a worker.
      const exportable = { title: workshop.title, list: workshop.list, rules: workshop.rules, pairs: workshop.pairs, timeZone: workshop.timeZone, messages: workshop.messages };
      const pairs = (await hub.summaries(workshop)).map((p) => ({ n: p.n, plan: p.plan, present: p.present?.map((who) => ({ id: who.id, name: who.name })) }));
      const lang = languageOf(req);
      const body = await buildWorkshopDownload(ctx, id, { workshop: exportable, pairs, lang, exportedAt: started, paper: paperOf(req.query.paper, lang) });
      ctx.log.info({ workshop: workshop.id, file: id, ms: Date.now() - started }, 'export');
      sendFile(res, format.contentType, format.downloadName ?? fileNameFor(workshop.title, undefined, id), body);
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
