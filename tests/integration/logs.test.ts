/**
 * Logs are structured JSON and never contain a facilitator key or a
 * session token, whatever route was used (including refused attempts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPick } from '../../shared/doc/planDoc.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request } from '../utils/api.js';
import { connectWithCookie, synced } from '../utils/partner.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer({ LOG_LEVEL: 'debug' });
});
afterAll(async () => {
  await server.close();
});

describe('server logs', () => {
  it('hold no facilitator key or session token after a whole session of use and abuse', async () => {
    const w = await createWorkshop(server.url, { title: 'Logs', pairs: 2 });
    const joined = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const token = joined.cookie.split('=')[1];
    const ana = connectWithCookie(server.url, w.id, 1, joined.cookie, { id: joined.participantId, name: 'Ana' });
    await synced(ana);
    setPick(ana.doc, 'made-up', ana.actor, 1); // refused: logged with its reason
    await eventually(() => expect(ana.closes.length).toBeGreaterThan(0));
    ana.destroy();
    const bearer = { authorization: `Bearer ${w.facilitatorKey}` };
    await request(`${server.url}/api/workshops/${w.id}/clock`, { body: { action: 'start' }, headers: bearer });
    await request(`${server.url}/api/workshops/${w.id}/lock`, { body: {}, headers: bearer });
    await request(`${server.url}/api/workshops/${w.id}`, { headers: { authorization: `Bearer ${w.facilitatorKey}x` } });
    await request(`${server.url}/api/workshops/${w.id}/session`, { headers: { cookie: joined.cookie } });
    const dash = openDashboard(server.url, w.id, w.facilitatorKey);
    await eventually(() => expect(dash.messages.length).toBeGreaterThan(0));
    dash.ws.close();

    const logs = server.logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const line of server.logs) expect(() => JSON.parse(line)).not.toThrow();
    expect(logs).not.toContain(w.facilitatorKey);
    expect(logs).not.toContain(token);
    expect(logs).toMatch(/update refused/);
  });
});
