/**
 * The WebSocket heartbeat (as y-websocket's server does it): every socket is
 * pinged once per round and must answer before the next round, or it is
 * cut, so a laptop that vanished without a close frees its place. The pings
 * of a round go out a slice at a time: two thousand pings in one go held the
 * event loop for tens of milliseconds, and every tick waiting behind them.
 */
import type { WebSocket, WebSocketServer } from 'ws';

/** Sockets pinged per turn of the event loop. */
export const HEARTBEAT_SLICE = 200;

/** Starts the heartbeat of `wss`'s sockets (announced with 'connection'); returns its stop. */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
  });
  let stopped = false;
  const round = async (): Promise<void> => {
    const sockets = [...wss.clients];
    for (let start = 0; start < sockets.length && !stopped; start += HEARTBEAT_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const ws of sockets.slice(start, start + HEARTBEAT_SLICE)) {
        if (ws.readyState !== ws.OPEN) continue;
        if (!alive.has(ws)) {
          ws.terminate();
          continue;
        }
        alive.delete(ws);
        ws.ping();
      }
    }
  };
  const timer = setInterval(() => void round(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
