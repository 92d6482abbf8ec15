import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardConnection } from '../../../client/sync/DashboardConnection.js';
import { CLOSE_CODES } from '../../../shared/protocol/closeCodes.js';
import { FakeSocket, KEY, WORKSHOP_ID, initFrame, live, planWith, summary } from '../leaderHarness.js';

const connections: DashboardConnection[] = [];
afterEach(() => {
  for (const c of connections.splice(0)) c.destroy();
  vi.useRealTimers();
});

function connect(): { connection: DashboardConnection; socket: FakeSocket } {
  const connection = new DashboardConnection({ workshopId: WORKSHOP_ID, key: KEY, serverUrl: 'http://pairplan.test', WebSocketClass: FakeSocket });
  connections.push(connection);
  return { connection, socket: FakeSocket.latest() };
}

describe('DashboardConnection', () => {
  it('sends the key in its first frame, never in the address', () => {
    const { socket } = connect();
    expect(socket.url).toBe(`ws://pairplan.test/ws/dashboard/${WORKSHOP_ID}`);
    expect(socket.url).not.toContain(KEY);
    socket.open();
    expect(socket.sent.map((s) => JSON.parse(s))).toEqual([{ t: 'auth', key: KEY }]);
  });

  it('holds the workshop, every pair by number and the live state after init', () => {
    const { connection, socket } = connect();
    expect(connection.getStatus().state).toBe('connecting');
    socket.open();
    socket.receive(initFrame([summary(2), summary(1, planWith(['create-awareness-1']))], { live: live({ locked: true }) }));
    expect(connection.getStatus()).toEqual({ state: 'connected', close: null });
    expect(connection.getWorkshop()?.title).toBe('Spring workshop');
    expect(connection.getSummaries().map((s) => [s.n, s.chosenCount])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    expect(connection.getLive()?.locked).toBe(true);
  });

  it('applies a delta to the changed pair only', () => {
    const { connection, socket } = connect();
    socket.open();
    socket.receive(initFrame([summary(1), summary(2)]));
    const [first] = connection.getSummaries();
    socket.receive({ t: 'pairs', summaries: [summary(2, planWith(['share-knowledge-1', 'share-knowledge-2']))] });
    const after = connection.getSummaries();
    expect(after[0]).toBe(first);
    expect(after[1].chosenCount).toBe(2);
  });

  it('ignores garbage, unknown messages and malformed summaries', () => {
    const { connection, socket } = connect();
    socket.open();
    socket.receive(initFrame([summary(1)]));
    const before = connection.getSummaries();
    socket.receive('not json');
    socket.receive({ t: 'mystery' });
    socket.receive({ t: 'pairs', summaries: [{ n: 'one' }, { ...summary(1), chosenCount: -3 }] });
    socket.receive({ t: 'live', live: { clock: { status: 'running', durationMs: 'NaN' }, locked: false }, serverNow: 1 });
    expect(connection.getSummaries()).toBe(before);
    expect(connection.getLive()?.clock.status).toBe('idle');
  });

  it('stops for good when the key is refused, and says why', () => {
    vi.useFakeTimers();
    const { connection, socket } = connect();
    socket.open();
    socket.serverClose(CLOSE_CODES.FORBIDDEN, 'the facilitator key is not valid');
    expect(connection.getStatus().state).toBe('closed');
    expect(connection.getStatus().close?.messageKey).toBe('leader.close.badKey');
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
  });

  it('reconnects after a server restart and authenticates again', () => {
    vi.useFakeTimers();
    const { connection, socket } = connect();
    socket.open();
    socket.receive(initFrame([summary(1)]));
    socket.serverClose(CLOSE_CODES.SERVICE_RESTART, 'server restarting');
    expect(connection.getStatus().state).toBe('reconnecting');
    vi.advanceTimersByTime(600);
    const next = FakeSocket.latest();
    expect(next).not.toBe(socket);
    next.open();
    expect(JSON.parse(next.sent[0])).toEqual({ t: 'auth', key: KEY });
    next.receive(initFrame([summary(1, planWith(['create-awareness-2']))]));
    expect(connection.getStatus().state).toBe('connected');
    expect(connection.getSummaries()[0].chosenCount).toBe(1);
  });

  it('measures the server clock with ping/pong, even when this computer is an hour off', () => {
    vi.useFakeTimers();
    const { connection, socket } = connect();
    socket.open();
    const serverNow = Date.now() + 3_600_000;
    socket.receive({ ...initFrame([summary(1)]), serverNow });
    vi.advanceTimersByTime(1);
    const ping = socket.sent.map((s) => JSON.parse(s)).find((m) => m.t === 'ping');
    expect(ping).toBeDefined();
    socket.receive({ t: 'pong', id: ping.id, serverNow: Date.now() + 3_600_000 });
    expect(Math.abs(connection.serverNow() - (Date.now() + 3_600_000))).toBeLessThan(50);
  });
});
