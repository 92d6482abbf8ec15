/**
 * The access model, entrance by entrance: every HTTP route and both
 * WebSocket endpoints, tried by everyone who might knock — nobody, a
 * participant of pair 1, a participant of pair 2, a participant of another
 * workshop, another workshop's leader, and this workshop's leader. The
 * table it checks is written to test-results/access-matrix.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair, request, type CreatedWorkshop } from '../utils/api.js';

type Who = 'nobody' | 'pair 1' | 'pair 2' | 'other workshop' | 'other leader' | 'leader';
const WHO: Who[] = ['nobody', 'pair 1', 'pair 2', 'other workshop', 'other leader', 'leader'];

let server: TestServer;
let w: CreatedWorkshop;
let other: CreatedWorkshop;
const headers = new Map<Who, Record<string, string>>();

beforeAll(async () => {
  server = await createTestServer();
  w = await createWorkshop(server.url, { title: 'Access', pairs: 2 });
  other = await createWorkshop(server.url, { title: 'Elsewhere', pairs: 2 });
  headers.set('nobody', {});
  headers.set('pair 1', { cookie: (await joinPair(server.url, w.joinCode, 'Ana', 1)).cookie });
  headers.set('pair 2', { cookie: (await joinPair(server.url, w.joinCode, 'Cy', 2)).cookie });
  headers.set('other workshop', { cookie: (await joinPair(server.url, other.joinCode, 'Eve', 1)).cookie });
  headers.set('other leader', { authorization: `Bearer ${other.facilitatorKey}` });
  headers.set('leader', { authorization: `Bearer ${w.facilitatorKey}` });
});

afterAll(async () => {
  await server.close();
});

/** Who may use an entrance: `true` → a 2xx answer; `false` → 401/403 and nothing of the workshop in the body. */
interface Entrance {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: () => string;
  readonly body?: unknown;
  readonly allowed: readonly Who[];
  /** The participant session's 401 names the join code, so a pair-room link sends a new browser to the join page (docs/security.md). */
  readonly revealsJoinCode?: true;
}

const leaderOnly: Who[] = ['leader'];
const ENTRANCES: Entrance[] = [
  { name: 'workshop (leader view)', method: 'GET', path: () => `/api/workshops/${w.id}`, allowed: leaderOnly },
  { name: 'clock', method: 'POST', path: () => `/api/workshops/${w.id}/clock`, body: { action: 'start', minutes: 20 }, allowed: leaderOnly },
  { name: 'broadcast', method: 'POST', path: () => `/api/workshops/${w.id}/broadcast`, body: { message: 'Five minutes left' }, allowed: leaderOnly },
  { name: 'lock', method: 'POST', path: () => `/api/workshops/${w.id}/lock`, body: {}, allowed: leaderOnly },
  { name: 'unlock', method: 'POST', path: () => `/api/workshops/${w.id}/unlock`, body: {}, allowed: leaderOnly },
  { name: 'Zoom CSV', method: 'GET', path: () => `/api/workshops/${w.id}/export/zoom-rooms.csv`, allowed: leaderOnly },
  ...['plans.csv', 'tally.csv', 'workshop.json', 'bundle.zip'].map(
    (file): Entrance => ({ name: file, method: 'GET', path: () => `/api/workshops/${w.id}/export/${file}`, allowed: leaderOnly }),
  ),
  ...['plan.pdf', 'plan.md', 'plan.csv', 'plan.json'].map(
    (file): Entrance => ({ name: `pair 1 ${file}`, method: 'GET', path: () => `/api/workshops/${w.id}/pairs/1/${file}`, allowed: ['pair 1', 'leader'] }),
  ),
  { name: 'participant session', method: 'GET', path: () => `/api/workshops/${w.id}/session`, allowed: ['pair 1', 'pair 2'], revealsJoinCode: true },
];

async function knock(entrance: Entrance, who: Who): Promise<{ status: number; text: string }> {
  const res = await fetch(`${server.url}${entrance.path()}`, {
    method: entrance.method,
    headers: { ...headers.get(who), ...(entrance.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: entrance.body === undefined ? undefined : JSON.stringify(entrance.body),
  });
  return { status: res.status, text: await res.text() };
}

/** Opens a pair room socket as `who`; resolves with 'open' or the close code. */
function pairSocket(who: Who, pair: number): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/pair/${w.id}/${pair}`, { headers: headers.get(who) });
    const timer = setTimeout(() => {
      resolve('open');
      ws.close();
    }, 400);
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(String(code));
    });
    ws.on('error', () => undefined);
  });
}

/** Opens the dashboard stream presenting `key`; resolves 'open' once the first frame arrives, or the close code. */
function dashboardSocket(key: string | null, cookie?: string): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/dashboard/${w.id}`, { headers: cookie ? { cookie } : {} });
    ws.on('open', () => ws.send(JSON.stringify(key === null ? { t: 'ping', id: 1 } : { t: 'auth', key })));
    ws.on('message', (data) => {
      const msg = JSON.parse(data.toString()) as { t: string };
      if (msg.t === 'init') {
        resolve('open');
        ws.close();
      }
    });
    ws.on('close', (code) => resolve(String(code)));
    ws.on('error', () => undefined);
  });
}

describe('the access matrix', () => {
  it('lets exactly the right people through every HTTP entrance, and tells the rest nothing', async () => {
    const rows: string[] = [`| entrance | ${WHO.join(' | ')} |`, `|---|${WHO.map(() => '---').join('|')}|`];
    for (const entrance of ENTRANCES) {
      const cells: string[] = [];
      for (const who of WHO) {
        const { status, text } = await knock(entrance, who);
        cells.push(String(status));
        if (entrance.allowed.includes(who)) {
          expect(status, `${entrance.name} as ${who}`).toBeGreaterThanOrEqual(200);
          expect(status, `${entrance.name} as ${who}`).toBeLessThan(300);
        } else {
          expect([401, 403], `${entrance.name} as ${who}: ${status}`).toContain(status);
          if (!entrance.revealsJoinCode) expect(text, `${entrance.name} as ${who}`).not.toContain(w.joinCode);
          expect(text, `${entrance.name} as ${who}`).not.toContain('Access');
          expect(text).not.toMatch(/at .*\.ts:\d+/);
        }
      }
      rows.push(`| ${entrance.method} ${entrance.name} | ${cells.join(' | ')} |`);
    }
    const pairRoom = ['pair room 1 (WebSocket)'];
    for (const who of WHO) {
      const result = await pairSocket(who, 1);
      pairRoom.push(result);
      if (who === 'pair 1') expect(result, who).toBe('open');
      else expect(['4401', '4403'], `pair room 1 as ${who}: ${result}`).toContain(result);
    }
    rows.push(`| ${pairRoom.join(' | ')} |`);
    const dash = ['dashboard (WebSocket)'];
    for (const who of WHO) {
      const h = headers.get(who)!;
      const key = h.authorization ? h.authorization.slice('Bearer '.length) : null;
      const result = await dashboardSocket(key, h.cookie);
      dash.push(result);
      if (who === 'leader') expect(result).toBe('open');
      else expect(['4401', '4403'], `dashboard as ${who}: ${result}`).toContain(result);
    }
    rows.push(`| ${dash.join(' | ')} |`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/access-matrix.md', `${rows.join('\n')}\n`);
  });

  it('refuses the facilitator key in a query string, where it would be logged', async () => {
    const res = await request(`${server.url}/api/workshops/${w.id}?key=${w.facilitatorKey}`);
    expect(res.status).toBe(401);
  });
});
