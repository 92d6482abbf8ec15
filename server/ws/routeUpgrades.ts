/**
 * The server's WebSocket side, beside the HTTP routes (server/http/): one
 * `ws` server without a port of its own (`noServer`, as y-websocket's does)
 * takes the HTTP server's upgrades and hands each to its socket by path (shared/protocol/socketPaths.ts) —
 * a pair room (PairSockets), a leader's dashboard (DashboardSockets) or a
 * leader watching a pair room read-only (WatchSockets).
 */
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { parseSocketPath } from '../../shared/protocol/socketPaths.js';
import { freshFragmentLists } from '../gc/youngGeneration.js';
import type { AppContext } from '../context.js';
import type { DashboardHub } from '../workshops/DashboardHub.js';
import { DashboardSockets } from './DashboardSockets.js';
import { PairSockets } from './PairSockets.js';
import { WatchSockets } from './WatchSockets.js';

/** Largest WebSocket frame (the ws default is 100 MiB). */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** Routes `server`'s upgrades to the pair-room and dashboard sockets; returns the ws server that holds them all. */
export function routeUpgrades(server: Server, ctx: AppContext, hub: DashboardHub): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  // Every socket the three kinds announce reads each message into a list made for it (server/gc/youngGeneration.ts).
  wss.on('connection', freshFragmentLists);
  const pairSockets = new PairSockets(ctx, wss);
  const dashboardSockets = new DashboardSockets(ctx, hub, wss);
  const watchSockets = new WatchSockets(ctx, wss);
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    const target = parseSocketPath(new URL(req.url ?? '/', 'http://x').pathname);
    if (target?.kind === 'pair') return pairSockets.handle(req, socket, head, target);
    if (target?.kind === 'watch') return watchSockets.handle(req, socket, head, target);
    if (target?.kind === 'dashboard') return dashboardSockets.handle(req, socket, head, target.workshopId);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  return wss;
}
