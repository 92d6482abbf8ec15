/**
 * The leader watching a pair room read-only (issue 14 "Open a pair"):
 * `/ws/watch/<workshop>/<pair>`, authenticated by the facilitator key in the
 * first frame. The leader's own connection class sees the partners' ticks
 * and typing live; partners see that a leader watches and never see the
 * leader as a partner; and a hostile watcher's writes change nothing stored
 * or relayed.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { PairRoomConnection } from '../../client/sync/PairRoomConnection.js';
import { watchingLeaders } from '../../client/sync/watchSocket.js';
import { initPlanDoc, setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { fieldText, sharedText } from '../../shared/doc/sharedText.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { roomKey, watchSocketPath } from '../../shared/protocol/socketPaths.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { openDashboard } from '../utils/dashboard.js';
import { eventually } from '../utils/eventually.js';
import { awarenessUpdate, openRawClient } from '../utils/rawClient.js';
import { joinPair } from '../utils/api.js';
import { WATCHERS_PER_ROOM } from '../../server/ws/WatchSockets.js';
import { serverWithPartners } from '../utils/serverWithPartners.js';

const [first, second] = ESSENTIAL_LIST_2020_21.strategies[0].activities.map((a) => a.id);
const room = serverWithPartners();

function watch(w: CreatedWorkshop, pair = 1, key = w.facilitatorKey): PairRoomConnection {
  return new PairRoomConnection({
    workshopId: w.id,
    pair,
    actor: { id: 'leader', name: 'Leader' },
    serverUrl: room.server.url,
    WebSocketPolyfill: WebSocket as never,
    watchKey: key,
    maxBackoffTime: 200,
  });
}

/** A raw watcher socket: sends `auth` first, then whatever the test sends; collects what comes back. */
function rawWatcher(w: CreatedWorkshop, auth: string | null) {
  const ws = new WebSocket(`${room.server.url.replace(/^http/, 'ws')}${watchSocketPath(w.id, 1)}`);
  const received: Buffer[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve) => ws.once('open', () => resolve()));
  ws.on('open', () => auth !== null && ws.send(auth));
  ws.on('message', (data: Buffer) => received.push(data));
  ws.on('error', () => undefined);
  return { ws, received, closed, opened };
}

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (sub !== null) encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('the leader watching a pair room', () => {
  it('sees the partners tick and type live, read-only', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Watch', pairs: 2 });
    const ana = await room.join(w.joinCode, 'Ana', 1);
    setPick(ana.doc, first, ana.actor, Date.now());
    const leader = watch(w);
    try {
      await eventually(() => expect(leader.getStatus()).toMatchObject({ state: 'connected', synced: true }));
      expect(leader.readOnly).toBe(true);
      expect(Object.keys(leader.getPlan().picks)).toEqual([first]);
      const note = sharedText(ana.doc, first, 'note');
      for (const c of 'We start in May') note.insert(note.length, c);
      setPick(ana.doc, second, ana.actor, Date.now());
      await eventually(() => {
        expect(fieldText(leader.doc, first, 'note')).toBe('We start in May');
        expect(Object.keys(leader.getPlan().picks).sort()).toEqual([first, second].sort());
      });
      expect(leader.getPresence().map((p) => p.name)).toEqual(['Ana']);
      expect(leader.getLive()).not.toBeNull();
    } finally {
      leader.destroy();
    }
  });

  it('shows partners that a leader watches, and never as a partner: not in their presence, nor on the dashboard, nor counted in the room', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Watched', pairs: 1 });
    const ana = await room.join(w.joinCode, 'Ana', 1);
    const dashboard = openDashboard(room.server.url, w.id, w.facilitatorKey);
    const leader = watch(w);
    try {
      await eventually(() => expect(watchingLeaders(ana.provider.awareness.getStates())).toBe(1));
      await eventually(() => expect(dashboard.latest.get(1)?.present.map((p) => p.name)).toEqual(['Ana']));
      const loaded = room.server.app.ctx.rooms as unknown as { entries: Map<string, { loaded: { presentParticipants(): unknown[] } | null }> };
      expect(loaded.entries.get(roomKey(w.id, 1))?.loaded?.presentParticipants()).toEqual([{ id: ana.actor.id, name: 'Ana' }]);
      leader.destroy();
      await eventually(() => expect(watchingLeaders(ana.provider.awareness.getStates())).toBe(0));
    } finally {
      leader.destroy();
      dashboard.ws.close();
    }
  });

  it('refuses a socket without the key, with another workshop’s key, or for a pair that does not exist', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Keys', pairs: 1 });
    const other = await createWorkshop(room.server.url, { title: 'Other', pairs: 1 });
    expect((await rawWatcher(w, 'hello').closed).code).toBe(CLOSE_CODES.UNAUTHORIZED);
    expect((await rawWatcher(w, JSON.stringify({ t: 'auth', key: other.facilitatorKey })).closed).code).toBe(CLOSE_CODES.FORBIDDEN);
    const missing = watch(w, 7);
    try {
      await eventually(() => expect(missing.getStatus().close?.code).toBe(CLOSE_CODES.NOT_FOUND));
    } finally {
      missing.destroy();
    }
  });

  it('stores and relays nothing a hostile watcher sends: its update closes it, its presence is dropped', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Hostile', pairs: 1 });
    const ana = await room.join(w.joinCode, 'Ana', 1);
    setPick(ana.doc, first, ana.actor, Date.now());
    const key = roomKey(w.id, 1);
    const store = room.server.app.ctx.store;
    await eventually(async () => expect((await store.loadUpdates(key)).length).toBeGreaterThan(0));
    const storedBefore = (await store.loadUpdates(key)).length;
    const relayed: Uint8Array[] = [];
    ana.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== null && relayed.push(update));

    const hostile = rawWatcher(w, JSON.stringify({ t: 'auth', key: w.facilitatorKey }));
    await hostile.opened;
    await eventually(() => expect(watchingLeaders(ana.provider.awareness.getStates())).toBe(1));
    // Presence as a partner, and as the room's own "watching" state.
    hostile.ws.send(frame(1, null, awarenessUpdate(424242, 1, { user: { id: 'x', name: 'Intruder' } })));
    const roomClientId = [...ana.provider.awareness.getStates().keys()].find((id) => id !== ana.doc.clientID);
    expect(roomClientId).toBeDefined();
    if (roomClientId !== undefined) hostile.ws.send(frame(1, null, awarenessUpdate(roomClientId, 99, { leader: { watching: 50 } })));
    // A document update that removes Ana's pick and adds one of its own.
    const forged = initPlanDoc(new Y.Doc());
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(ana.doc));
    const base = Y.encodeStateVector(forged);
    setPick(forged, second, { id: 'intruder', name: 'Intruder' }, Date.now());
    forged.getMap('picks').delete(first);
    hostile.ws.send(frame(0, 2, Y.encodeStateAsUpdate(forged, base)));
    expect((await hostile.closed).code).toBe(CLOSE_CODES.FORBIDDEN);

    // A partner's own next change still goes through: the room went on.
    const marker = sharedText(ana.doc, first, 'note');
    marker.insert(0, 'still here');
    await eventually(async () => expect((await store.loadUpdates(key)).length).toBe(storedBefore + 1));
    const stored = initPlanDoc(new Y.Doc());
    for (const u of await store.loadUpdates(key)) Y.applyUpdate(stored, u.data);
    expect(Object.keys(toSnapshot(stored).picks)).toEqual([first]);
    expect(Object.keys(toSnapshot(ana.doc).picks)).toEqual([first]);
    expect(relayed).toEqual([]);
    const names = [...ana.provider.awareness.getStates().values()].map((s) => (s as { user?: { name?: string } }).user?.name).filter(Boolean);
    expect(names).toEqual(['Ana']);
    await eventually(() => expect(watchingLeaders(ana.provider.awareness.getStates())).toBe(0));
  });

  it('keeps the room’s "leader is watching" state from a participant who claims its id', async () => {
    const w = await createWorkshop(room.server.url, { title: 'Claimed', pairs: 1 });
    const ana = await room.join(w.joinCode, 'Ana', 1);
    const leader = watch(w);
    try {
      await eventually(() => expect(watchingLeaders(ana.provider.awareness.getStates())).toBe(1));
      const roomClientId = [...ana.provider.awareness.getStates().keys()].find((id) => id !== ana.doc.clientID)!;
      const joined = await joinPair(room.server.url, w.joinCode, 'Mallory', 1);
      const mallory = openRawClient(room.server.url, w.id, 1, joined.cookie);
      await mallory.synced;
      mallory.sendAwareness(awarenessUpdate(roomClientId, 10_000, null));
      mallory.sendAwareness(awarenessUpdate(roomClientId, 10_001, { user: { name: 'Mallory' } }));
      // Mallory's own presence (another id) still goes through: the server read both frames.
      mallory.sendAwareness(awarenessUpdate(777_777, 1, { user: { name: 'Mallory' } }));
      await eventually(() => expect([...ana.provider.awareness.getStates().values()].some((s) => (s as { user?: { name?: string } }).user?.name === 'Mallory')).toBe(true));
      expect(ana.provider.awareness.getStates().get(roomClientId)).toEqual({ leader: { watching: 1 } });
      mallory.ws.close();
    } finally {
      leader.destroy();
    }
  });

  it(`refuses a ${WATCHERS_PER_ROOM + 1}th leader socket on one room (FULL)`, async () => {
    const w = await createWorkshop(room.server.url, { title: 'Many tabs', pairs: 1 });
    const watchers = Array.from({ length: WATCHERS_PER_ROOM }, () => watch(w));
    try {
      await eventually(() => expect(watchers.every((c) => c.getStatus().synced)).toBe(true));
      const extra = rawWatcher(w, JSON.stringify({ t: 'auth', key: w.facilitatorKey }));
      expect((await extra.closed).code).toBe(CLOSE_CODES.FULL);
    } finally {
      for (const c of watchers) c.destroy();
    }
  });
});
