/**
 * Every HTTP route of the server, once: method, path, who may call it, its
 * parameters, body and answers, each body and answer a schema of
 * shared/protocol/. The OpenAPI document (`GET /api/openapi.json`,
 * openApiDocument.ts) is built from this list, and
 * tests/integration/openApi.test.ts fails when express serves a route this
 * list or the README's API table does not name.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { createWorkshopBody, joinBody } from '../../shared/protocol/bodies.js';
import { LEADER_ACTIONS, LEADER_ACTION_IDS } from '../../shared/protocol/leaderActions.js';
import { adoptSessionBody } from '../../shared/protocol/sessionChanges.js';
import {
  createdWorkshopResponse,
  deletedWorkshopResponse,
  joinInfoResponse,
  leaderWorkshopResponse,
  leftResponse,
  listsResponse,
  notJoinedResponse,
  sessionInfoResponse,
  sessionSchema,
} from '../../shared/protocol/responses.js';
import { PLAN_FORMATS, WORKSHOP_FORMATS, type PlanFormatId, type WorkshopFormatId } from '../../shared/export/formats.js';

/**
 * Who may call a route: anyone; the workshop's leader (`Authorization:
 * Bearer <facilitatorKey>`); a participant (the workshop's session cookie);
 * the leader or a partner of that pair; whoever holds `METRICS_TOKEN`.
 */
export const ROUTE_AUTHS = ['none', 'leader', 'participant', 'leader-or-pair', 'metrics-token'] as const;
export type RouteAuth = (typeof ROUTE_AUTHS)[number];

/** One answer of a route: JSON with a schema, or a file of a media type. */
export interface RouteAnswer {
  readonly description: string;
  readonly schema?: z.ZodType;
  /** The media type when it is not JSON. */
  readonly type?: string;
}

/** One route, as the OpenAPI document shows it. */
export interface ApiRoute {
  readonly method: 'get' | 'post' | 'delete';
  /** The express path, from the root (`/api/workshops/:id`). */
  readonly path: string;
  readonly summary: string;
  readonly auth: RouteAuth;
  /** Path parameters that are not plain text (the others are). */
  readonly params?: Readonly<Record<string, z.ZodType>>;
  readonly query?: Readonly<Record<string, z.ZodType>>;
  readonly body?: { readonly schema: z.ZodType; readonly description?: string };
  readonly answers: Readonly<Record<number, RouteAnswer>>;
  /** Rate-limited per client IP (429 with `Retry-After` past the limit). */
  readonly limited?: boolean;
}

const json = (schema: z.ZodType, description: string): RouteAnswer => ({ schema, description });
const file = (type: string, description: string): RouteAnswer => ({ type, description });
const lang = { lang: z.enum(LANGUAGES).optional().meta({ description: 'The language of the words (and of the list, when it has that translation); English by default.' }) };
const pairNumber = z.number().int().min(1);
const ok = (schema: z.ZodType, description = 'OK') => ({ 200: json(schema, description) });

/** Every route, in the README's order. */
export const API_ROUTES: readonly ApiRoute[] = [
  { method: 'get', path: '/healthz', summary: 'The process answers.', auth: 'none', answers: ok(z.object({ ok: z.literal(true) })) },
  {
    method: 'get',
    path: '/readyz',
    summary: 'The store (and Redis, when configured) answer.',
    auth: 'none',
    answers: {
      200: json(z.object({ ok: z.boolean(), store: z.string(), relay: z.string(), error: z.string().optional() }), 'Ready'),
      503: json(z.object({ ok: z.boolean(), store: z.string(), relay: z.string(), error: z.string().optional() }), 'Not ready: `error` says what does not answer'),
    },
  },
  { method: 'get', path: '/metrics', summary: 'Prometheus metrics (counts only, no ids or names).', auth: 'metrics-token', answers: { 200: file('text/plain', 'Prometheus text format') } },
  { method: 'get', path: '/api/openapi.json', summary: 'This document.', auth: 'none', answers: { 200: { description: 'OpenAPI 3.1' } } },
  { method: 'get', path: '/api/lists', summary: 'The built-in activity lists.', auth: 'none', answers: ok(listsResponse) },
  {
    method: 'post',
    path: '/api/workshops',
    summary: 'Creates a workshop.',
    auth: 'none',
    limited: true,
    body: { schema: createWorkshopBody },
    answers: { 201: json(createdWorkshopResponse, 'Created: the links and the leader key (shown once)') },
  },
  {
    method: 'get',
    path: '/api/join/:code',
    summary: 'What a join page shows about the workshop of a join code.',
    auth: 'none',
    limited: true,
    query: { after: z.string().optional().meta({ description: 'The `version` of the answer the page shows: the answer waits (up to 25 s) for the workshop to change.' }) },
    answers: ok(joinInfoResponse),
  },
  {
    method: 'post',
    path: '/api/join',
    summary: 'Joins a pair; sets an HTTP-only session cookie for it.',
    auth: 'none',
    limited: true,
    body: { schema: joinBody },
    answers: ok(sessionSchema, 'Joined: the session'),
  },
  {
    method: 'get',
    path: '/api/workshops/:id/session',
    summary: 'The participant session, the workshop as a pair room needs it, and its state.',
    auth: 'participant',
    answers: { 200: json(sessionInfoResponse, 'OK'), 401: json(notJoinedResponse, 'Not joined: the join code to join with') },
  },
  {
    method: 'post',
    path: '/api/workshops/:id/session/adopt',
    summary: 'A person the leader moved takes the session their room was sent for the new pair; sets it as the session cookie.',
    auth: 'none',
    limited: true,
    body: { schema: adoptSessionBody },
    answers: { 200: json(sessionSchema, 'Adopted: the session'), 401: json(z.object({ error: z.string() }), 'The token is not a valid session of this workshop') },
  },
  { method: 'post', path: '/api/workshops/:id/leave', summary: 'Ends the session, on every instance.', auth: 'participant', answers: ok(leftResponse) },
  { method: 'get', path: '/api/workshops/:id', summary: "The workshop, its state and every pair's summary.", auth: 'leader', limited: true, answers: ok(leaderWorkshopResponse) },
  {
    method: 'delete',
    path: '/api/workshops/:id',
    summary: 'Deletes the workshop: its record, every pair room and every stored update, on every instance; its sockets close (4404).',
    auth: 'leader',
    limited: true,
    answers: ok(deletedWorkshopResponse, 'Deleted'),
  },
  ...LEADER_ACTION_IDS.map((id): ApiRoute => ({ method: 'post', path: `/api/workshops/:id/${id}`, summary: LEADER_ACTIONS[id].summary, auth: 'leader', limited: true, body: { schema: LEADER_ACTIONS[id].body }, answers: ok(LEADER_ACTIONS[id].response) })),
  {
    method: 'get',
    path: '/api/workshops/:id/pairs/:n/:file',
    summary: "One pair's plan, as a download.",
    auth: 'leader-or-pair',
    limited: true,
    params: { n: pairNumber, file: z.enum(Object.keys(PLAN_FORMATS) as [PlanFormatId, ...PlanFormatId[]]) },
    query: lang,
    answers: { 200: file('application/octet-stream', 'An attachment (PDF, Markdown, CSV or JSON by its name)') },
  },
  {
    method: 'get',
    path: '/api/workshops/:id/export/:file',
    summary: "The workshop's downloads: every plan, the tally, the workshop file, the bundle, the Zoom breakout pre-assignment.",
    auth: 'leader',
    limited: true,
    params: { file: z.enum(Object.keys(WORKSHOP_FORMATS) as [WorkshopFormatId, ...WorkshopFormatId[]]) },
    query: lang,
    answers: {
      200: file('application/octet-stream', 'An attachment (CSV, JSON or ZIP by its name)'),
      503: json(z.object({ error: z.string() }), 'The export pool is full; `Retry-After` says when to try again'),
    },
  },
  {
    method: 'post',
    path: '/api/workshops/import',
    summary: 'A workshop.json (up to 5 MB) becomes a new workshop with new keys and the same plans.',
    auth: 'none',
    limited: true,
    body: { schema: z.record(z.string(), z.unknown()), description: 'A workshop.json file, as `GET /api/workshops/{id}/export/workshop.json` makes it.' },
    answers: { 201: json(createdWorkshopResponse, 'Created: the links and the new leader key (shown once)') },
  },
];
