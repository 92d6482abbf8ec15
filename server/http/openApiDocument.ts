/**
 * The OpenAPI 3.1 document of the HTTP API, built from the route registry
 * (apiRoutes.ts) and the wire schemas of shared/protocol/ with zod's own
 * `z.toJSONSchema()`, and served at `GET /api/openapi.json`. Bodies and
 * answers are shown as what goes on the wire (zod's input side), before the
 * client's defaults and drops.
 */
import { Router } from 'express';
import { z } from 'zod';
import { errorResponse } from '../../shared/protocol/responses.js';
import { API_ROUTES, type ApiRoute, type RouteAnswer, type RouteAuth } from './apiRoutes.js';

type Json = Record<string, unknown>;

/** A schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect, so no `$schema` of its own). */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  return rest;
}

const SECURITY_SCHEMES = {
  leaderKey: { type: 'http', scheme: 'bearer', description: "The workshop's facilitator key, as `POST /api/workshops` gave it." },
  participantSession: { type: 'apiKey', in: 'cookie', name: 'pp_{workshopId}', description: 'The HTTP-only session cookie `POST /api/join` sets, one per workshop.' },
  metricsToken: { type: 'http', scheme: 'bearer', description: 'The server\'s `METRICS_TOKEN`.' },
} as const;
type Scheme = keyof typeof SECURITY_SCHEMES;

/** Each auth as OpenAPI security requirements (alternatives; `[]`: none needed). */
const SECURITY: Record<RouteAuth, readonly Scheme[]> = {
  none: [],
  leader: ['leaderKey'],
  participant: ['participantSession'],
  'leader-or-pair': ['leaderKey', 'participantSession'],
  'metrics-token': ['metricsToken'],
};

/** `/api/workshops/:id` → `/api/workshops/{id}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:(\w+)/g, '{$1}');
}

function answer({ description, schema, type }: RouteAnswer): Json {
  if (schema) return { description, content: { 'application/json': { schema: jsonSchema(schema) } } };
  return type ? { description, content: { [type]: {} } } : { description };
}

function parameters(route: ApiRoute): Json[] {
  const path = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: route.params?.[name] ? jsonSchema(route.params[name]) : { type: 'string' },
  }));
  const query = Object.entries(route.query ?? {}).map(([name, schema]) => ({ name, in: 'query', required: !schema.safeParse(undefined).success, schema: jsonSchema(schema) }));
  return [...path, ...query];
}

function operation(route: ApiRoute): Json {
  const params = parameters(route);
  return {
    operationId: `${route.method} ${route.path}`,
    summary: route.summary,
    'x-auth': route.auth,
    security: SECURITY[route.auth].map((scheme) => ({ [scheme]: [] })),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body
      ? { requestBody: { required: true, ...(route.body.description ? { description: route.body.description } : {}), content: { 'application/json': { schema: jsonSchema(route.body.schema) } } } }
      : {}),
    responses: {
      ...Object.fromEntries(Object.entries(route.answers).map(([status, a]) => [status, answer(a)])),
      ...(route.limited ? { 429: answer({ description: 'Too many requests from this address; `RateLimit` and `Retry-After` say when to try again', schema: errorResponse }) } : {}),
      default: answer({ description: 'An error: `{ "error": "…" }` in words a person can act on', schema: errorResponse }),
    },
  };
}

/** The OpenAPI 3.1 document of `routes`. */
export function toOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const key = toOpenApiPath(route.path);
    paths[key] = { ...paths[key], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'pairplan', version: '1', description: 'The HTTP API of pairplan. The WebSockets (`/ws/pair/…`, `/ws/dashboard/…`) are described in the README.' },
    paths,
    components: { securitySchemes: SECURITY_SCHEMES },
  };
}

/** `GET /openapi.json` (under `/api`), built once. */
export function openApiRoute(): Router {
  const router = Router();
  let document: Json | null = null;
  router.get('/openapi.json', (_req, res) => {
    document ??= toOpenApiDocument();
    res.json(document);
  });
  return router;
}
