/**
 * The connection class against a scripted socket: what it does on connect,
 * control messages, and each kind of close. (Against the real server it is
 * driven by the integration tests.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { PairRoomConnection } from '../../../client/sync/PairRoomConnection.js';
import { STORE_RETRY } from '../../../client/sync/storeRetryDelay.js';
import { initPlanDoc, setPick, toSnapshot } from '../../../shared/doc/planDoc.js';
import type { PlanSnapshot } from '../../../shared/doc/schema.js';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes.js';
import { CONTROL_MESSAGE_TYPE, encodeControl, parseClientControl, readControlJson } from '../../../shared/protocol/control.js';
import type { WorkshopLive } from '../../../shared/protocol/live.js';

/** A WebSocket the test plays the server for. */
class ScriptedSocket {
  static all: ScriptedSocket[] = [];
  binaryType = 'arraybuffer';
  readyState = 0;
  readonly sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    ScriptedSocket.all.push(this);
  }
  send(data: Uint8Array): void {
    this.sent.push(new Uint8Array(data));
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(frame: Uint8Array): void {
    this.onmessage?.({ data: frame.slice().buffer });
  }
  serverClose(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
  /** The pings this socket sent, by id. */
  pings(): number[] {
    return this.sent
      .map((frame) => {
        const decoder = decoding.createDecoder(frame);
        if (decoding.readVarUint(decoder) !== CONTROL_MESSAGE_TYPE) return null;
        return parseClientControl(readControlJson(decoder))?.id ?? null;
      })
      .filter((id): id is number => id !== null);
  }
}

const ACTOR = { id: 'p-ana', name: 'Ana Ruiz' };
const connections: PairRoomConnection[] = [];
afterEach(() => {
  for (const c of connections.splice(0)) c.destroy();
  ScriptedSocket.all = [];
});

function connect(): { connection: PairRoomConnection; socket: ScriptedSocket } {
  const connection = new PairRoomConnection({
    serverUrl: 'http://127.0.0.1:8080',
    workshopId: 'w1',
    pair: 2,
    actor: ACTOR,
    WebSocketPolyfill: ScriptedSocket,
    maxBackoffTime: 20,
  });
  connections.push(connection);
  const socket = ScriptedSocket.all.at(-1)!;
  socket.open();
  return { connection, socket };
}

/** The server's answer to sync step 1: its whole (here: empty or given) document. */
function syncStep2(serverDoc = new Y.Doc()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep2(encoder, serverDoc);
  return encoding.toUint8Array(encoder);
}

/** The server's sync step 1: its state vector (here: of an empty or given document). */
function syncStep1(serverDoc = new Y.Doc()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, serverDoc);
  return encoding.toUint8Array(encoder);
}

/** The Yjs updates (sync step 2 and updates) a socket sent. */
function sentUpdates(socket: ScriptedSocket): Uint8Array[] {
  return socket.sent.flatMap((frame) => {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep1) return [];
    return [decoding.readVarUint8Array(decoder)];
  });
}

/** The plan an update holds, applied to an empty document. */
function planOf(update: Uint8Array): PlanSnapshot {
  const doc = initPlanDoc(new Y.Doc());
  Y.applyUpdate(doc, update);
  return toSnapshot(doc);
}

const LIVE: WorkshopLive = {
  clock: { status: 'running', durationMs: 1_200_000, endsAt: 2_000_000, remainingMs: 1_200_000 },
  locked: true,
  broadcast: { id: 'b1', text: 'Five minutes left', at: 1 },
};

describe('PairRoomConnection', () => {
  it('opens /ws/pair/<workshop>/<pair> on the server’s origin', () => {
    const { socket } = connect();
    expect(socket.url).toBe('ws://127.0.0.1:8080/ws/pair/w1/2');
  });

  it('is connected, then synced once the server sends its document', () => {
    const { connection, socket } = connect();
    expect(connection.getStatus()).toEqual({ state: 'connected', synced: false, close: null });
    socket.receive(syncStep2());
    expect(connection.getStatus().synced).toBe(true);
  });

  it('announces itself with the session’s id and name', () => {
    const { connection } = connect();
    expect(connection.getPresence()).toEqual([expect.objectContaining({ id: ACTOR.id, name: ACTOR.name, isSelf: true })]);
  });

  it('measures the server clock offset with pings on connect', async () => {
    const { connection, socket } = connect();
    await vi.waitFor(() => expect(socket.pings().length).toBeGreaterThan(0));
    const [id] = socket.pings();
    socket.receive(encodeControl({ t: 'pong', id, serverNow: Date.now() + 60_000 }));
    expect(connection.getOffset()).toBeGreaterThan(59_000);
    expect(connection.getOffset()).toBeLessThan(61_000);
    expect(Math.abs(connection.serverNow() - (Date.now() + 60_000))).toBeLessThan(1_000);
  });

  it('shows the workshop clock, lock and broadcast the server sends', () => {
    const { connection, socket } = connect();
    const before = connection.getPlan();
    socket.receive(encodeControl({ t: 'workshop', live: LIVE, serverNow: Date.now() }));
    expect(connection.getLive()).toEqual(LIVE);
    expect(connection.getPlan()).toBe(before);
  });

  it('ignores a workshop message whose clock is malformed', () => {
    const { connection, socket } = connect();
    socket.receive(encodeControl({ t: 'workshop', live: { ...LIVE, clock: { status: 'running' } } as never, serverNow: Date.now() }));
    expect(connection.getLive()).toBeNull();
  });

  it('keeps the same plan snapshot until the document changes', () => {
    const { connection } = connect();
    const first = connection.getPlan();
    expect(connection.getPlan()).toBe(first);
    setPick(connection.doc, 'a1', ACTOR, 1);
    expect(connection.getPlan()).not.toBe(first);
    expect(connection.getPlan().picks.a1).toMatchObject({ by: ACTOR.id });
  });

  it('throws the local doc away after LOCKED, says so, and syncs a fresh one', async () => {
    const { connection, socket } = connect();
    socket.receive(syncStep2());
    const oldDoc = connection.doc;
    setPick(oldDoc, 'a1', ACTOR, 1);
    socket.serverClose(CLOSE_CODES.LOCKED, 'the leader locked the plans');
    expect(connection.getNotice()?.messageKey).toBe('close.locked');
    expect(connection.getStatus().state).toBe('reconnecting');
    await vi.waitFor(() => expect(connection.doc).not.toBe(oldDoc));
    expect(oldDoc.isDestroyed).toBe(true);
    const fresh = ScriptedSocket.all.at(-1)!;
    expect(fresh).not.toBe(socket);
    fresh.open();
    fresh.receive(syncStep2());
    expect(connection.getPlan().picks).toEqual({});
    expect(connection.getStatus()).toEqual({ state: 'connected', synced: true, close: null });
    expect(connection.getNotice()?.messageKey).toBe('close.locked');
    connection.dismissNotice();
    expect(connection.getNotice()).toBeNull();
  });

  it('throws the local doc away after INVALID_UPDATE, keeping the server’s reason', async () => {
    const { connection, socket } = connect();
    const oldDoc = connection.doc;
    socket.serverClose(CLOSE_CODES.INVALID_UPDATE, 'unknown activity "x"');
    expect(connection.getNotice()).toMatchObject({ action: 'reset', messageKey: 'close.invalidUpdate', params: { reason: 'unknown activity "x"' } });
    await vi.waitFor(() => expect(connection.doc).not.toBe(oldDoc));
  });

  it('keeps the doc after STORE_FAILED, reconnects after a pause, sends the kept change again and clears the notice once stored', async () => {
    const { connection, socket } = connect();
    socket.receive(syncStep2());
    const doc = connection.doc;
    setPick(doc, 'a1', ACTOR, 1);
    const closedAt = Date.now();
    socket.serverClose(CLOSE_CODES.STORE_FAILED, 'saving failed; retrying');
    expect(connection.getNotice()).toMatchObject({ action: 'retry', messageKey: 'close.storeFailed' });
    expect(connection.getStatus()).toMatchObject({ state: 'reconnecting', close: { messageKey: 'close.storeFailed' } });
    // y-websocket alone would be back within its 20 ms maximum here.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ScriptedSocket.all).toHaveLength(1);
    await vi.waitFor(() => expect(ScriptedSocket.all).toHaveLength(2), { timeout: 2_000 });
    expect(Date.now() - closedAt).toBeGreaterThanOrEqual(STORE_RETRY.firstMs * (1 - STORE_RETRY.jitter) - 5);
    const fresh = ScriptedSocket.all[1];
    fresh.open();
    fresh.receive(syncStep1());
    expect(sentUpdates(fresh).some((update) => planOf(update).picks.a1?.by === ACTOR.id)).toBe(true);
    fresh.receive(syncStep2());
    expect(connection.getNotice()?.messageKey).toBe('close.storeFailed');
    fresh.receive(encodeControl({ t: 'stored' }));
    expect(connection.getNotice()).toBeNull();
    expect(connection.doc).toBe(doc);
    expect(doc.isDestroyed).toBe(false);
    expect(connection.getPlan().picks.a1).toMatchObject({ by: ACTOR.id });
  });

  it('stops for good after UNAUTHORIZED and asks the person to join again', async () => {
    const { connection, socket } = connect();
    socket.serverClose(CLOSE_CODES.UNAUTHORIZED, 'join the workshop first');
    expect(connection.getStatus()).toMatchObject({ state: 'closed', close: { action: 'rejoin', messageKey: 'close.unauthorized' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(ScriptedSocket.all).toHaveLength(1);
  });

  it('reconnects after a server restart, saying why meanwhile', async () => {
    const { connection, socket } = connect();
    socket.serverClose(CLOSE_CODES.SERVICE_RESTART, 'restart');
    expect(connection.getStatus()).toMatchObject({ state: 'reconnecting', close: { messageKey: 'close.serviceRestart' } });
    await vi.waitFor(() => expect(ScriptedSocket.all.length).toBe(2));
    ScriptedSocket.all[1].open();
    expect(connection.getStatus()).toEqual({ state: 'connected', synced: false, close: null });
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const { connection } = connect();
    const listener = vi.fn();
    const unsubscribe = connection.subscribe(listener);
    setPick(connection.doc, 'a1', ACTOR, 1);
    expect(listener).toHaveBeenCalled();
    unsubscribe();
    listener.mockClear();
    setPick(connection.doc, 'a2', ACTOR, 1);
    expect(listener).not.toHaveBeenCalled();
  });
});
