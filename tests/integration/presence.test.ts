/**
 * Presence relay: the server passes a partner's presence on when it changes,
 * and an unchanged heartbeat only once per keep-alive interval (the server
 * keeps nothing but the identity it issued, so a cursor or heartbeat alone
 * changes nothing a partner can see).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { createWorkshop } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';

/** One server that forwards heartbeats hardly ever, one that does every 400 ms. */
const SLOW_KEEPALIVE_MS = 60_000;
const KEEPALIVE_MS = 400;
let slow: TestServer;
let fast: TestServer;
const partners: Partner[] = [];
const connect = async (server: TestServer, code: string, name: string): Promise<Partner> => {
  const p = await connectPartner(server.url, code, name, 1);
  partners.push(p);
  await synced(p);
  return p;
};

/** Ana and Ben in pair 1 of a new workshop, Ben already seeing Ana. */
async function pairOn(server: TestServer): Promise<{ ana: Partner; ben: Partner; workshopId: string }> {
  const w = await createWorkshop(server.url);
  const ana = await connect(server, w.joinCode, 'Ana');
  const ben = await connect(server, w.joinCode, 'Ben');
  await eventually(() => expect(colorOf(ben, ana)).toBe('#336699'));
  return { ana, ben, workshopId: w.id };
}

beforeAll(async () => {
  slow = await createTestServer({}, { presenceKeepaliveMs: SLOW_KEEPALIVE_MS });
  fast = await createTestServer({}, { presenceKeepaliveMs: KEEPALIVE_MS });
});
afterEach(() => {
  for (const p of partners.splice(0)) p.destroy();
});
afterAll(async () => {
  await slow.close();
  await fast.close();
});

/** Counts the awareness updates `watcher` receives about `subject`. */
function countUpdatesAbout(watcher: Partner, subject: Partner): { count: () => number } {
  let count = 0;
  const id = subject.provider.awareness.clientID;
  watcher.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }, origin: unknown) => {
    if (origin !== 'local' && [...added, ...updated].includes(id)) count++;
  });
  return { count: () => count };
}

const colorOf = (watcher: Partner, subject: Partner): unknown =>
  (watcher.provider.awareness.getStates().get(subject.provider.awareness.clientID)?.user as { color?: string } | undefined)?.color;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Moves Ana's cursor 30 times over 1.2 s: the server strips the cursor, so none changes what Ben sees. */
async function moveCursor(ana: Partner): Promise<void> {
  for (let i = 0; i < 30; i++) {
    ana.provider.awareness.setLocalStateField('cursor', { at: i });
    await sleep(40);
  }
}

describe('presence relay', () => {
  it('passes a changed presence state on at once', async () => {
    const { ana, ben } = await pairOn(slow);
    ana.provider.awareness.setLocalStateField('user', { id: ana.actor.id, name: 'Ana', color: '#aa3300' });
    await eventually(() => expect(colorOf(ben, ana)).toBe('#aa3300'), 2_000);
  });

  it('holds back heartbeats that change nothing, while the server keeps the sender fresh', async () => {
    const { ana, ben, workshopId } = await pairOn(slow);
    const seen = countUpdatesAbout(ben, ana);
    await moveCursor(ana);
    expect(seen.count()).toBe(0);
    const room = await slow.app.ctx.rooms.loaded(`${workshopId}/1`);
    const id = ana.provider.awareness.clientID;
    await eventually(() => expect(room?.awareness.meta.get(id)?.clock).toBe(ana.provider.awareness.meta.get(id)?.clock));
    expect(Date.now() - (room?.awareness.meta.get(id)?.lastUpdated ?? 0)).toBeLessThan(500);
  });

  it('still forwards one unchanged heartbeat per keep-alive interval, so the partner never times out', async () => {
    const { ana, ben } = await pairOn(fast);
    const seen = countUpdatesAbout(ben, ana);
    await moveCursor(ana);
    expect(seen.count()).toBeGreaterThanOrEqual(2);
    expect(seen.count()).toBeLessThanOrEqual(Math.ceil(1200 / KEEPALIVE_MS) + 1);
    const lastUpdated = ben.provider.awareness.meta.get(ana.provider.awareness.clientID)?.lastUpdated ?? 0;
    expect(Date.now() - lastUpdated).toBeLessThan(KEEPALIVE_MS + 300);
  });

  it('tells the partner at once when someone leaves', async () => {
    const { ana, ben } = await pairOn(slow);
    expect(ben.provider.awareness.getStates().size).toBe(2);
    ana.destroy();
    await eventually(() => expect(ben.provider.awareness.getStates().size).toBe(1), 2_000);
  });
});
