import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../server/http/apiRoutes.js';
import { toOpenApiDocument, toOpenApiPath } from '../../server/http/openApiDocument.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { expressRoutes, readmeRoutes, serves, type RouteName } from '../utils/expressRoutes.js';

interface Operation {
  readonly security: readonly Record<string, unknown>[];
  readonly 'x-auth': string;
  readonly parameters?: readonly { name: string; in: string; schema: { enum?: readonly string[] } }[];
  readonly requestBody?: { content: { 'application/json': { schema: { type?: string; properties?: Record<string, unknown> } } } };
  readonly responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  readonly openapi: string;
  readonly paths: Record<string, Record<string, Operation>>;
}

const name = (r: RouteName): string => `${r.method} ${r.path}`;

/** The documented operations, as `GET /api/workshops/{id}`. */
const documented = (doc: Document): string[] => Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));

/** The routes express serves that `doc` does not name. */
const undocumented = (served: readonly RouteName[], doc: Document): string[] => {
  const named = new Set(documented(doc));
  return served.filter((r) => !named.has(`${r.method} ${toOpenApiPath(r.path)}`)).map(name);
};

/** The routes express serves that no README row names. */
const notInReadme = (served: readonly RouteName[], readme: readonly RouteName[]): string[] =>
  served.filter((r) => !readme.some((row) => row.method === r.method && serves(r.path, row.path))).map(name);

/** A documented route with `{file}` spelled out for each file it serves: `GET /api/workshops/:id/pairs/:n/plan.pdf`. */
const concreteRoutes = (doc: Document): RouteName[] =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).flatMap(([method, op]) => {
      const express = path.replace(/\{(\w+)\}/g, ':$1');
      const file = op.parameters?.find((p) => p.in === 'path' && p.name === 'file')?.schema.enum;
      const paths = file ? file.map((f) => express.replace(':file', f)) : [express];
      return paths.map((p) => ({ method: method.toUpperCase(), path: p }));
    }),
  );

describe('GET /api/openapi.json', () => {
  let server: TestServer;
  let doc: Document;
  let served: RouteName[];
  const readme = readmeRoutes(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));

  beforeAll(async () => {
    server = await createTestServer();
    const res = await fetch(`${server.url}/api/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    doc = (await res.json()) as Document;
    served = expressRoutes(server.app.server);
  });
  afterAll(() => server.close());

  it('is an OpenAPI 3.1 document', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).length).toBeGreaterThan(10);
  });

  it('names every route express serves, and no route it does not', () => {
    expect(served.length).toBeGreaterThan(15);
    expect(undocumented(served, doc)).toEqual([]);
    expect(documented(doc).sort()).toEqual([...new Set(served.map((r) => `${r.method} ${toOpenApiPath(r.path)}`))].sort());
  });

  it('fails for a route the document leaves out (the check is not empty)', () => {
    const without = toOpenApiDocument(API_ROUTES.filter((r) => r.path !== '/api/workshops/:id/clock')) as unknown as Document;
    expect(undocumented(served, without)).toEqual(['POST /api/workshops/:id/clock']);
  });

  it('is named, route by route and file by file, in the README’s API table', () => {
    expect(notInReadme(served, readme)).toEqual([]);
    const missing = concreteRoutes(doc).filter((r) => !readme.some((row) => row.method === r.method && serves(r.path, row.path)));
    expect(missing.map(name)).toEqual([]);
    expect(notInReadme([{ method: 'GET', path: '/api/workshops/:id/secret' }], readme)).toEqual(['GET /api/workshops/:id/secret']);
  });

  it('says who may call each route: the leader key, the participant cookie, or no one in particular', () => {
    const op = (path: string, method: string) => doc.paths[path][method];
    expect(op('/api/workshops/{id}', 'get').security).toEqual([{ leaderKey: [] }]);
    expect(op('/api/workshops/{id}/session', 'get').security).toEqual([{ participantSession: [] }]);
    expect(op('/api/workshops/{id}/pairs/{n}/{file}', 'get').security).toEqual([{ leaderKey: [] }, { participantSession: [] }]);
    expect(op('/api/join', 'post').security).toEqual([]);
    for (const ops of Object.values(doc.paths)) for (const o of Object.values(ops)) expect(['none', 'leader', 'participant', 'leader-or-pair', 'metrics-token']).toContain(o['x-auth']);
  });

  it('shows the request bodies and answers from the shared schemas', () => {
    const create = doc.paths['/api/workshops'].post;
    expect(Object.keys(create.requestBody!.content['application/json'].schema.properties!)).toEqual(expect.arrayContaining(['title', 'listId', 'pairs', 'roster', 'rules']));
    expect(create.responses['201'].content!['application/json'].schema).toMatchObject({ properties: { facilitatorKey: { type: 'string' } } });
    expect(doc.paths['/api/workshops/{id}/clock'].post.requestBody!.content['application/json'].schema).toMatchObject({
      properties: { action: { enum: ['start', 'pause', 'resume', 'add', 'end', 'reset'] } },
    });
    expect(doc.paths['/api/workshops/{id}/pairs/{n}/{file}'].get.parameters!.find((p) => p.name === 'file')!.schema.enum).toContain('plan.pdf');
    for (const ops of Object.values(doc.paths)) for (const o of Object.values(ops)) expect(o.responses.default).toBeDefined();
  });
});
