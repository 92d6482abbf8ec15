import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { removePick, setPick, toSnapshot, addWriteIn } from '../../shared/doc/planDoc.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import type { TestServer } from '../utils/createTestServer.js';
import { createWorkshop, joinPair } from '../utils/api.js';
import { connectWithCookie, synced, type Partner } from '../utils/partner.js';
import { eventually } from '../utils/eventually.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const room = serverWithPartners();
let server: TestServer;
const partners = room.partners;
beforeAll(() => {
  server = room.server;
});
const connect = (code: string, name: string, pair: number): Promise<Partner> => room.join(code, name, pair);


/** Opens a raw socket with a cookie and resolves with its close code once closed (rejects if it stays open 5 s). */
function rawSocket(url: string, cookie?: string): { ws: WebSocket; closed: Promise<{ code: number; reason: string }> } {
  const ws = new WebSocket(url, cookie ? { headers: { cookie } } : undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${url} stayed open`));
      ws.terminate();
    }, 5_000);
    ws.on('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
  });
  ws.on('error', () => undefined);
  return { ws, closed };
}

describe('a pair room', () => {
  it('carries a tick from one partner to the other, with who ticked it, both ways', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const ben = await connect(w.joinCode, 'Ben', 1);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(() => expect(toSnapshot(ben.doc).picks['create-awareness-1']).toMatchObject({ name: 'Ana', by: ana.actor.id }));
    setPick(ben.doc, 'share-knowledge-2', ben.actor, Date.now());
    removePick(ben.doc, 'create-awareness-1');
    await eventually(() => expect(Object.keys(toSnapshot(ana.doc).picks)).toEqual(['share-knowledge-2']));
  });

  it('keeps pairs apart: a tick in pair 1 never reaches pair 2', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const cy = await connect(w.joinCode, 'Cy', 2);
    const dee = await connect(w.joinCode, 'Dee', 2);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    setPick(cy.doc, 'create-awareness-2', cy.actor, Date.now());
    await eventually(() => expect(toSnapshot(dee.doc).picks['create-awareness-2']).toBeDefined());
    expect(toSnapshot(dee.doc).picks['create-awareness-1']).toBeUndefined();
  });

  it('shows presence with the names the sessions were issued, whatever a client claims', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const ben = await connect(w.joinCode, 'Ben', 1);
    ben.provider.awareness.setLocalState({ user: { id: ana.actor.id, name: 'Ana', color: '#000' } });
    await eventually(() => {
      const names = [...ana.provider.awareness.getStates().values()].map((s) => (s.user as { name: string }).name).sort();
      expect(names).toEqual(['Ana', 'Ben']);
    });
  });

  it('keeps the plan through a server restart on the same data', async () => {
    const w = await createWorkshop(server.url);
    const joined = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const ana = connectWithCookie(server.url, w.id, 1, joined.cookie, { id: joined.participantId, name: 'Ana' });
    partners.push(ana);
    await synced(ana);
    setPick(ana.doc, 'celebrate-milestones-1', ana.actor, Date.now());
    addWriteIn(ana.doc, 'share-knowledge', 'Monthly family cafe', ana.actor, Date.now());
    await eventually(async () => expect((await server.app.ctx.store.loadUpdates(`${w.id}/1`)).length).toBeGreaterThan(0));
    ana.destroy();
    await server.restart();
    const again = connectWithCookie(server.url, w.id, 1, joined.cookie, { id: joined.participantId, name: 'Ana' });
    partners.push(again);
    await synced(again);
    const plan = toSnapshot(again.doc);
    expect(plan.picks['celebrate-milestones-1']).toMatchObject({ name: 'Ana' });
    expect(Object.values(plan.writeIns).map((x) => x.text)).toEqual(['Monthly family cafe']);
  });
});

describe('a pair room under bad input', () => {
  it('closes only the connection that sent a malformed frame; the partners go on', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const ben = await connect(w.joinCode, 'Ben', 1);
    const mallory = await joinPair(server.url, w.joinCode, 'Mallory', 1);
    const raw = rawSocket(`${server.url.replace('http', 'ws')}/ws/pair/${w.id}/1`, mallory.cookie);
    await new Promise((r) => raw.ws.on('open', r));
    raw.ws.send(Uint8Array.from([0, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
    expect((await raw.closed).code).toBe(CLOSE_CODES.MALFORMED);
    setPick(ana.doc, 'guide-learning-3', ana.actor, Date.now());
    await eventually(() => expect(toSnapshot(ben.doc).picks['guide-learning-3']).toBeDefined());
  });

  it('refuses an update with an unknown activity (4422) and stores nothing of it', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    const ben = await connect(w.joinCode, 'Ben', 1);
    setPick(ana.doc, 'create-awareness-1', ana.actor, Date.now());
    await eventually(() => expect(toSnapshot(ben.doc).picks['create-awareness-1']).toBeDefined());
    const before = (await server.app.ctx.store.loadUpdates(`${w.id}/1`)).length;
    setPick(ben.doc, 'made-up-activity', ben.actor, Date.now());
    await eventually(() => expect(ben.closes.map((c) => c.code)).toContain(CLOSE_CODES.INVALID_UPDATE));
    expect(ben.closes[0].reason).toMatch(/unknown activity/);
    setPick(ana.doc, 'create-awareness-2', ana.actor, Date.now());
    await eventually(async () => expect((await server.app.ctx.store.loadUpdates(`${w.id}/1`)).length).toBe(before + 1));
    expect(toSnapshot(ana.doc).picks['made-up-activity']).toBeUndefined();
  });

  it('refuses a pick that claims another author', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    setPick(ana.doc, 'create-awareness-1', { id: 'someone-else', name: 'Boss' }, Date.now());
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.INVALID_UPDATE));
  });

  it('refuses a nested Y type', async () => {
    const w = await createWorkshop(server.url);
    const ana = await connect(w.joinCode, 'Ana', 1);
    ana.doc.getMap('details').set('create-awareness-1|note', new Y.Text('hi'));
    await eventually(() => expect(ana.closes.map((c) => c.code)).toContain(CLOSE_CODES.INVALID_UPDATE));
  });

  it('closes sockets without a session (4401), for another pair (4403), or an unknown pair (4404); an unknown workshop answers like no session', async () => {
    const w = await createWorkshop(server.url);
    const joined = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const base = `${server.url.replace('http', 'ws')}/ws/pair`;
    expect((await rawSocket(`${base}/${w.id}/1`).closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect((await rawSocket(`${base}/${w.id}/2`, joined.cookie).closed).code).toBe(CLOSE_CODES.FORBIDDEN);
    expect((await rawSocket(`${base}/${w.id}/99`, joined.cookie).closed).code).toBe(CLOSE_CODES.NOT_FOUND);
    // 4404 for a workshop would tell a guesser which ids exist.
    expect((await rawSocket(`${base}/nope/1`, joined.cookie).closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect((await rawSocket(`${base}/nope/1`).closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    const forged = joined.cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await rawSocket(`${base}/${w.id}/1`, forged).closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
  });

  it('refuses a frame larger than 1 MiB', async () => {
    const w = await createWorkshop(server.url);
    const joined = await joinPair(server.url, w.joinCode, 'Ana', 1);
    const raw = rawSocket(`${server.url.replace('http', 'ws')}/ws/pair/${w.id}/1`, joined.cookie);
    await new Promise((r) => raw.ws.on('open', r));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array(1024 * 1024 + 10));
    raw.ws.send(encoding.toUint8Array(encoder));
    expect((await raw.closed).code).toBe(1009);
  });

});
