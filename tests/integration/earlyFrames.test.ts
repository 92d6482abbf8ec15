/**
 * Frames a socket sends before its room is open (server/ws/earlyFrames.ts,
 * used by partner and watching-leader sockets alike), over real sockets:
 * held and replayed in order to the connection's listener once it exists,
 * the first frame handed aside when asked (a leader's key), and a client
 * that floods before the room opens is closed TOO_LARGE.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { CLOSE_CODES } from '../../shared/protocol/closeCodes.js';
import { EARLY_FRAMES, holdEarlyFrames, type EarlyFrames } from '../../server/ws/earlyFrames.js';
import { eventually } from '../utils/eventually.js';

let wss: WebSocketServer | null = null;
afterEach(async () => {
  if (!wss) return;
  for (const socket of wss.clients) socket.terminate();
  await new Promise<void>((resolve) => wss!.close(() => resolve()));
  wss = null;
});

/** Resolves once `server` has received `n` frames (a counting listener, removed then: it consumes nothing). */
async function arrived(server: WebSocket, n: number): Promise<void> {
  let count = 0;
  const counter = (): void => void count++;
  server.on('message', counter);
  await eventually(() => expect(count).toBe(n));
  server.off('message', counter);
}

/** A server whose sockets hold their frames; resolves with the server side and a client connected to it. */
async function connected(first?: (data: Buffer) => void): Promise<{ server: WebSocket; early: EarlyFrames; client: WebSocket; closed: Promise<number> }> {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss!.once('listening', resolve));
  const accepted = new Promise<{ server: WebSocket; early: EarlyFrames }>((resolve) =>
    wss!.once('connection', (server: WebSocket) => resolve({ server, early: holdEarlyFrames(server, first) })),
  );
  const { port } = wss.address() as { port: number };
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const closed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)));
  await new Promise((resolve) => client.once('open', resolve));
  return { ...(await accepted), client, closed };
}

describe('frames sent before the room is open', () => {
  it('are held and replayed in order to the listener added once the room is open', async () => {
    const { server, early, client } = await connected();
    for (let i = 0; i < 10; i++) client.send(Buffer.from([i]));
    await arrived(server, 10);
    const seen: number[] = [];
    server.on('message', (data: Buffer) => seen.push(data[0]));
    early.replay();
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // After the replay frames go straight to the connection.
    client.send(Buffer.from([10]));
    await eventually(() => expect(seen.at(-1)).toBe(10));
    expect(server.listenerCount('message')).toBe(1);
  });

  it('hands the first frame aside when asked (the leader key), and holds the rest', async () => {
    const firsts: string[] = [];
    const { server, early, client } = await connected((data) => firsts.push(data.toString()));
    client.send('{"t":"auth","key":"k"}');
    client.send(Buffer.from([1]));
    await arrived(server, 2);
    expect(firsts).toEqual(['{"t":"auth","key":"k"}']);
    const seen: number[] = [];
    server.on('message', (data: Buffer) => seen.push(data[0]));
    early.replay();
    expect(seen).toEqual([1]);
  });

  it('closes a client that sends more than the cap before the room opens, and replays nothing', async () => {
    const { server, client, closed } = await connected();
    for (let i = 0; i <= EARLY_FRAMES.count; i++) client.send(Buffer.from([i % 256]));
    expect(await closed).toBe(CLOSE_CODES.TOO_LARGE);
    await eventually(() => expect(server.readyState).toBe(WebSocket.CLOSED));
  });
});
