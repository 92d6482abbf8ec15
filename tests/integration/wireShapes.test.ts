import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../server/http/apiRoutes.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request, type CreatedWorkshop } from '../utils/api.js';
import { serves } from '../utils/expressRoutes.js';

/** The answer schema the route registry gives `method path` for `status`. */
function answerSchema(method: string, path: string, status: number) {
  const route = API_ROUTES.find((r) => r.method === method.toLowerCase() && serves(r.path, path));
  const schema = route?.answers[status]?.schema;
  if (!schema) throw new Error(`no ${status} schema for ${method} ${path}`);
  return schema;
}

describe('the server’s JSON answers', () => {
  let server: TestServer;
  let w: CreatedWorkshop;
  let cookie: string;

  beforeAll(async () => {
    server = await createTestServer();
    w = await createWorkshop(server.url, { title: 'Shapes', roster: [{ name: 'Ana', email: 'ana@example.org' }, { name: 'Bo' }, { name: 'Cy' }] });
    ({ cookie } = await joinPair(server.url, w.joinCode, 'Ana', 1));
  });
  afterAll(() => server.close());

  it('each read by the schema the registry (and the OpenAPI document) gives that route and status', async () => {
    const leader = { authorization: `Bearer ${w.facilitatorKey}` };
    const calls: { method: string; path: string; body?: unknown; headers?: Record<string, string>; status: number }[] = [
      { method: 'GET', path: '/healthz', status: 200 },
      { method: 'GET', path: '/readyz', status: 200 },
      { method: 'GET', path: '/api/lists', status: 200 },
      { method: 'GET', path: `/api/join/${w.joinCode}`, status: 200 },
      { method: 'POST', path: '/api/join', body: { code: w.joinCode, name: 'Bo', pair: 1 }, status: 200 },
      { method: 'GET', path: `/api/workshops/${w.id}/session`, headers: { cookie }, status: 200 },
      { method: 'GET', path: `/api/workshops/${w.id}/session`, status: 401 },
      { method: 'GET', path: `/api/workshops/${w.id}`, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/clock`, body: { action: 'start', minutes: 5 }, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/broadcast`, body: { message: 'Five minutes' }, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/broadcast`, body: { message: '' }, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/lock`, body: {}, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/unlock`, body: {}, headers: leader, status: 200 },
      { method: 'POST', path: `/api/workshops/${w.id}/leave`, body: {}, headers: { cookie }, status: 200 },
      { method: 'POST', path: '/api/workshops', body: { pairs: 2 }, status: 201 },
    ];
    for (const call of calls) {
      const res = await request(`${server.url}${call.path}`, { method: call.method, body: call.body, headers: call.headers });
      expect(res.status, `${call.method} ${call.path}`).toBe(call.status);
      const parsed = answerSchema(call.method, call.path, call.status).safeParse(res.body);
      expect(parsed.success ? null : parsed.error.issues, `${call.method} ${call.path}`).toBeNull();
    }
  });

  it('keeps every roster person and pick in the leader’s workshop as the client reads it', async () => {
    const res = await request(`${server.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } });
    const parsed = answerSchema('GET', `/api/workshops/${w.id}`, 200).parse(res.body) as { pairs: unknown; summaries: { n: number }[] };
    expect(parsed.pairs).toEqual([{ n: 1, members: [{ name: 'Ana', email: 'ana@example.org' }, { name: 'Bo' }, { name: 'Cy' }] }]);
    expect(parsed.summaries.map((s) => s.n)).toEqual([1]);
  });
});
