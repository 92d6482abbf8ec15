import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request } from '../utils/api.js';

/** Short labels over the HTTP API (issue 15): served with the built-in lists, kept from a leader's own list. */
let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(async () => {
  await server.close();
});

async function sessionList(workshopId: string, joinCode: string) {
  const joined = await request(`${server.url}/api/join`, { body: { code: joinCode, name: 'Ana', pair: 1 } });
  const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0];
  const session = await request(`${server.url}/api/workshops/${workshopId}/session`, { headers: { cookie } });
  return session.body.workshop.list;
}

describe('short labels over the API', () => {
  it('serves every built-in activity with its short label, and the Spanish ones in the translation', async () => {
    const res = await request(`${server.url}/api/lists`);
    for (const list of res.body) {
      for (const s of list.strategies) for (const a of s.activities) expect(typeof a.short, `${list.id} ${a.id}`).toBe('string');
    }
    expect(res.body[0].translations.es.activities['create-awareness-1'].short).toBe('Reunirse individualmente con el superintendente sobre las metas');
  });

  it('keeps the short labels of a leader’s own list, in both languages, and refuses a broken one', async () => {
    const list = {
      title: 'Our list',
      strategies: [
        {
          title: 'Reach out',
          activities: [{ text: 'Visit every family at home before the year starts', short: 'Home visits', translations: { es: { text: 'Visitar a cada familia', short: 'Visitas' } } }, 'Phone tree'],
        },
      ],
    };
    const created = await createWorkshop(server.url, { title: 'Own', list, pairs: 1 });
    const stored = await sessionList(created.id, created.joinCode);
    expect(stored.strategies[0].activities).toEqual([
      { id: 's1-1', text: 'Visit every family at home before the year starts', short: 'Home visits' },
      { id: 's1-2', text: 'Phone tree' },
    ]);
    expect(stored.translations.es.activities['s1-1']).toEqual({ text: 'Visitar a cada familia', short: 'Visitas' });
    const broken = await request(`${server.url}/api/workshops`, { body: { title: 'Bad', pairs: 1, list: { title: 'L', strategies: [{ title: 'A', activities: [{ text: 'b', short: { x: 1 } }] }] } } });
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('list: strategies[0].activities[0].short: must be text.');
  });
});
