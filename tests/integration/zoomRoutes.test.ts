/**
 * Zoom mode on a real server (issue 16): the host links the meeting and
 * maps the rooms; a participant's verified context opens the session of
 * the pair their room is, under Zoom's stable participant UUID; the main
 * room gets the introduction and the clock; an unmapped room gets the join
 * code. Refused contexts, hostile bodies and missing keys change nothing.
 * Without the credentials the routes do not exist.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expressRoutes, readmeRoutes, serves } from '../utils/expressRoutes.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { connectWithCookie, synced } from '../utils/partner.js';
import { encryptZoomContext, TEST_ZOOM_APP, zoomContextFields } from '../utils/encryptZoomContext.js';

const MEETING = 'mainMeeting+UUID/1==';
const hostContext = (fields: Record<string, unknown> = {}): string => encryptZoomContext(zoomContextFields({ mid: MEETING, attendrole: 'host', ...fields }));
const guestContext = (mid: string, fields: Record<string, unknown> = {}): string => encryptZoomContext(zoomContextFields({ mid, attendrole: 'participant', uid: '', ...fields }));

let server: TestServer;
let workshop: CreatedWorkshop;
const bearer = (): Record<string, string> => ({ authorization: `Bearer ${workshop.facilitatorKey}` });
const post = (path: string, body: unknown, headers: Record<string, string> = {}) => request(`${server.url}/api/zoom/${path}`, { body, headers });
const sessionBody = (room: string | undefined, participantUUID: string, screenName: string, context?: string) => ({
  context: context ?? guestContext(room ?? MEETING),
  meetingUUID: room ?? MEETING,
  ...(room ? { parentUUID: MEETING } : {}),
  participantUUID,
  screenName,
});

beforeAll(async () => {
  server = await createTestServer({ ...TEST_ZOOM_APP });
  workshop = await createWorkshop(server.url, { title: 'Zoom workshop', pairs: 2 });
});
afterAll(() => server.close());

describe('POST /api/zoom/link and /api/zoom/rooms', () => {
  it('refuses a link without the facilitator key, from a participant, or for another meeting', async () => {
    const body = { context: hostContext(), workshopId: workshop.id, meetingUUID: MEETING };
    expect((await post('link', body)).status).toBe(401);
    expect((await post('link', { ...body, context: hostContext({ attendrole: 'participant' }) }, bearer())).status).toBe(403);
    expect((await post('link', { ...body, meetingUUID: 'otherMeeting' }, bearer())).status).toBe(403);
    expect((await post('link', { ...body, context: encryptZoomContext(zoomContextFields({ mid: MEETING, attendrole: 'host' }), 'wrong-secret-of-another-app') }, bearer())).status).toBe(401);
    // Nothing was linked: a participant still hears "not linked".
    expect((await post('session', sessionBody(undefined, 'p-ana', 'Ana'))).body).toEqual({ status: 'not-linked' });
  });

  it('links the meeting for the host, and maps rooms by name then order', async () => {
    const linked = await post('link', { context: hostContext(), workshopId: workshop.id, meetingUUID: MEETING }, bearer());
    expect(linked.status).toBe(200);
    expect(linked.body).toEqual({ workshopId: workshop.id, meetingUUID: MEETING, rooms: [] });
    const rooms = await post('rooms', { context: hostContext(), workshopId: workshop.id, rooms: [{ uuid: 'roomB', name: 'Pair 2' }, { uuid: 'roomA', name: 'Pair 1' }, { uuid: 'roomX', name: 'Extra' }] }, bearer());
    expect(rooms.status).toBe(200);
    expect(rooms.body.rooms).toEqual([{ uuid: 'roomA', pair: 1 }, { uuid: 'roomB', pair: 2 }]);
  });

  it('refuses to link the meeting to a second workshop', async () => {
    const other = await createWorkshop(server.url, { title: 'Other', pairs: 1 });
    const res = await post('link', { context: hostContext(), workshopId: other.id, meetingUUID: MEETING }, { authorization: `Bearer ${other.facilitatorKey}` });
    expect(res.status).toBe(409);
  });
});

describe('POST /api/zoom/session', () => {
  it('shows the main room the introduction and the clock', async () => {
    const res = await post('session', sessionBody(undefined, 'p-ana', 'Ana'));
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('main');
    expect(res.body.workshop).toMatchObject({ id: workshop.id, title: 'Zoom workshop' });
    expect(res.body.workshop.directions.length).toBeGreaterThan(0);
    expect(res.body.live.clock).toBeDefined();
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it("opens the pair of the participant's room, named by Zoom, as the same person after a rejoin or a move", async () => {
    const first = await post('session', sessionBody('roomA', 'p-ana', 'Ana Zoom'));
    expect(first.body).toMatchObject({ status: 'pair', session: { workshopId: workshop.id, pair: 1, name: 'Ana Zoom' } });
    const again = await post('session', sessionBody('roomA', 'p-ana', 'Ana Zoom'));
    expect(again.body.session.participantId).toBe(first.body.session.participantId);
    const moved = await post('session', sessionBody('roomB', 'p-ana', 'Ana Zoom'));
    expect(moved.body.session).toMatchObject({ pair: 2, participantId: first.body.session.participantId });
    const other = await post('session', sessionBody('roomA', 'p-bea', 'Bea'));
    expect(other.body.session.participantId).not.toBe(first.body.session.participantId);
    // The cookie opens that pair's room and no other.
    const cookie = (moved.headers.get('set-cookie') ?? '').split(';')[0];
    const session = await request(`${server.url}/api/workshops/${workshop.id}/session`, { headers: { cookie } });
    expect(session.body.session).toMatchObject({ pair: 2, name: 'Ana Zoom' });
    const partner = connectWithCookie(server.url, workshop.id, 2, cookie, { id: moved.body.session.participantId, name: 'Ana Zoom' });
    await synced(partner);
    partner.destroy();
  });

  it('tells a participant in an unmapped room so, with the join code to pick by hand', async () => {
    const res = await post('session', sessionBody('roomX', 'p-cy', 'Cy'));
    expect(res.body).toEqual({ status: 'unmapped', workshopId: workshop.id, joinCode: workshop.joinCode });
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a tampered, expired, foreign or mismatched context, and sets no cookie', async () => {
    const valid = guestContext('roomA');
    const bytes = Buffer.from(valid, 'base64');
    bytes[bytes.length - 20] ^= 1;
    const now = Date.now();
    const refused = [
      bytes.toString('base64'),
      encryptZoomContext(zoomContextFields({ mid: 'roomA' }, now - 3_600_000)),
      encryptZoomContext(zoomContextFields({ mid: 'roomA' }), 'another-apps-client-secret'),
      encryptZoomContext(zoomContextFields({ mid: 'roomA', aud: 'notThisApp' })),
    ];
    for (const context of refused) {
      const res = await post('session', sessionBody('roomA', 'p-eve', 'Eve', context));
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
    // A valid context for another meeting does not open this one's rooms.
    const elsewhere = await post('session', sessionBody('roomA', 'p-eve', 'Eve', guestContext('someOtherMeeting')));
    expect(elsewhere.status).toBe(403);
    // A context that names no meeting (the app opened outside one) opens no room, in the main room or a breakout.
    const noMeeting = encryptZoomContext(zoomContextFields({ typ: 'panel', attendrole: 'participant' }));
    expect((await post('session', sessionBody(undefined, 'p-eve', 'Eve', noMeeting))).status).toBe(403);
    expect((await post('session', sessionBody('roomA', 'p-eve', 'Eve', noMeeting))).status).toBe(403);
  });

  it('refuses hostile bodies with a 400 and stores nothing', async () => {
    const before = await request(`${server.url}/api/join/${workshop.joinCode}`);
    const hostile: unknown[] = [
      { ...sessionBody('roomA', 'p-x', 'X'), screenName: 'x'.repeat(5000) },
      { ...sessionBody('roomA', 'p-x', 'X'), participantUUID: '../../etc' },
      { ...sessionBody('roomA', 'p-x', 'X'), meetingUUID: { $gt: '' } },
      { ...sessionBody('roomA', 'p-x', 'X'), context: 'A'.repeat(10_000) },
      { ...sessionBody('roomA', 'p-x', 'X'), screenName: '   ' },
      [],
    ];
    for (const body of hostile) expect((await post('session', body)).status).toBe(400);
    const rooms = await post('rooms', { context: hostContext(), workshopId: workshop.id, rooms: Array.from({ length: 51 }, (_, i) => ({ uuid: `r${i}`, name: `Pair ${i}` })) }, bearer());
    expect(rooms.status).toBe(400);
    const after = await request(`${server.url}/api/join/${workshop.joinCode}`);
    expect(after.body).toEqual(before.body);
  });

  it('keeps a hostile screen name as plain, bounded text, as a typed name would be', async () => {
    const res = await post('session', sessionBody('roomA', 'p-mal', '  <img src=x onerror=alert(1)>\n\tMal  '));
    expect(res.body.session.name).toBe('<img src=x onerror=alert(1)> Mal');
    const info = await request(`${server.url}/api/join/${workshop.joinCode}`);
    expect(info.body.pairs[0].joined).toContain('<img src=x onerror=alert(1)> Mal');
  });

  it('logs neither the client secret nor a context', async () => {
    const logs = server.logs.join('\n');
    expect(logs).not.toContain(TEST_ZOOM_APP.ZOOM_CLIENT_SECRET);
    expect(logs).not.toContain(hostContext().slice(0, 20));
    expect(logs).toMatch(/zoom meeting linked/);
  });
});

describe('deleting a linked workshop', () => {
  it('forgets its meeting: the same meeting links to another workshop afterwards', async () => {
    const meeting = 'meetingOfADeletedWorkshop==';
    const context = encryptZoomContext(zoomContextFields({ mid: meeting, attendrole: 'host' }));
    const doomed = await createWorkshop(server.url, { title: 'Doomed Zoom workshop', pairs: 1 });
    const next = await createWorkshop(server.url, { title: 'Next Zoom workshop', pairs: 1 });
    const link = (w: CreatedWorkshop) => post('link', { context, workshopId: w.id, meetingUUID: meeting }, { authorization: `Bearer ${w.facilitatorKey}` });
    expect((await link(doomed)).status).toBe(200);
    expect((await link(next)).status).toBe(409);
    const deleted = await request(`${server.url}/api/workshops/${doomed.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${doomed.facilitatorKey}` } });
    expect(deleted.status).toBe(200);
    const zoe = { context: encryptZoomContext(zoomContextFields({ mid: meeting, attendrole: 'participant', uid: '' })), meetingUUID: meeting, participantUUID: 'p-zoe', screenName: 'Zoe' };
    expect((await post('session', zoe)).body).toEqual({ status: 'not-linked' });
    expect((await link(next)).status).toBe(200);
  });
});

describe('the README', () => {
  it("names every Zoom route express serves in Zoom mode in its API table", () => {
    const readme = readmeRoutes(readFileSync(new URL('../../README.md', import.meta.url), 'utf8'));
    const zoomServed = expressRoutes(server.app.server).filter((r) => r.path.startsWith('/api/zoom/'));
    expect(zoomServed.map((r) => r.path).sort()).toEqual(['/api/zoom/link', '/api/zoom/rooms', '/api/zoom/session']);
    expect(zoomServed.filter((r) => !readme.some((row) => row.method === r.method && serves(r.path, row.path)))).toEqual([]);
  });
});

describe('without ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET', () => {
  it('has no Zoom routes', async () => {
    const plain = await createTestServer();
    try {
      for (const path of ['link', 'rooms', 'session']) {
        const res = await request(`${plain.url}/api/zoom/${path}`, { body: sessionBody('roomA', 'p', 'P') });
        expect(res.status).toBe(404);
      }
    } finally {
      await plain.close();
    }
  });
});
