import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request } from '../utils/api.js';
import { JOINED_NAMES_MAX } from '../../server/workshops/joinedNames.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

const join = (code: string, name: string, pair: number) => request(`${server.url}/api/join`, { body: { code, name, pair } });

describe('GET /api/join/:code — who joined each pair so far (issue 18)', () => {
  it('names the people who joined each pair, names only, so a late partner finds their pair', async () => {
    const created = await createWorkshop(server.url, { title: 'No roster', pairs: 3 });
    const ana = await join(created.joinCode, 'Ana Ruiz', 2);
    await join(created.joinCode, 'Ben Ode', 3);
    await join(created.joinCode, 'ana ruiz', 2);
    const info = await request(`${server.url}/api/join/${created.joinCode}`);
    expect(info.body.pairs).toEqual([
      { n: 1, members: [], joined: [] },
      { n: 2, members: [], joined: ['Ana Ruiz'] },
      { n: 3, members: [], joined: ['Ben Ode'] },
    ]);
    expect(JSON.stringify(info.body)).not.toContain(ana.body.participantId);
  });

  it('does not repeat a roster name, and keeps a bounded list per pair', async () => {
    const created = await createWorkshop(server.url, { title: 'Roster', roster: [{ name: 'Cy Park', email: 'cy@example.org', pair: 1 }] });
    await join(created.joinCode, 'cy park', 1);
    for (let i = 0; i < JOINED_NAMES_MAX + 3; i++) await join(created.joinCode, `Guest ${i}`, 1);
    const info = await request(`${server.url}/api/join/${created.joinCode}`);
    expect(info.body.pairs[0].members).toEqual(['Cy Park']);
    expect(info.body.pairs[0].joined).toHaveLength(JOINED_NAMES_MAX);
    expect(info.body.pairs[0].joined).not.toContain('cy park');
    expect(JSON.stringify(info.body)).not.toContain('cy@example.org');
  });
});
