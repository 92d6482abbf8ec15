/**
 * Builds the whole server: express (API, static client) and ws (pair rooms)
 * on one HTTP server. `listen()` starts it; `close()` flushes the stores
 * and closes every socket with 1012 so clients reconnect to the next server.
 */
import express from 'express';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CLOSE_CODES } from '../shared/protocol/closeCodes.js';
import { randomId } from './auth/secrets.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { errorHandler, notFound } from './http/errors.js';
import { participantRoutes } from './http/participantRoutes.js';
import { sessionMoveRoutes } from './http/sessionMoveRoutes.js';
import { workshopRoutes } from './http/workshopRoutes.js';
import { facilitatorRoutes } from './http/facilitatorRoutes.js';
import { exportRoutes } from './http/exportRoutes.js';
import { openApiRoute } from './http/openApiDocument.js';
import { perMinute as limiter } from './http/perMinute.js';
import { DashboardHub } from './workshops/DashboardHub.js';
import { createLogger, type Logger } from './logger.js';
import { routeUpgrades } from './ws/routeUpgrades.js';
import { RoomManager } from './rooms/RoomManager.js';
import { openStore } from './store/openStore.js';
import type { Store } from './store/Store.js';
import { WorkshopService } from './workshops/WorkshopService.js';
import { AutoLock } from './workshops/AutoLock.js';
import { LocalRelay, type Relay } from './cluster/Relay.js';
import { RedisRelay } from './cluster/RedisRelay.js';
import { startHeartbeat } from './ws/heartbeat.js';
import { Metrics } from './metrics/Metrics.js';
import { metricsRoute } from './metrics/metricsRoute.js';
import { HeavyJobs } from './jobs/HeavyJobs.js';
import { securityHeaders } from './http/securityHeaders.js';
import { zoomRoutes } from './zoom/zoomRoutes.js';

/** Largest JSON request body. */
export const MAX_BODY = '512kb';
/** Heartbeat: a socket that misses one ping round is terminated. */
export const HEARTBEAT_MS = 30_000;

export interface App {
  readonly server: Server;
  readonly ctx: AppContext;
  /** Starts listening; resolves with the base URL. */
  listen(): Promise<string>;
  /** Graceful stop: sockets closed with 1012, rooms drained and compacted, store closed. */
  close(): Promise<void>;
}

export interface AppOptions {
  readonly log?: Logger;
  readonly store?: Store;
  readonly relay?: Relay;
  readonly unloadDelayMs?: number;
  /** How long unchanged presence may go unforwarded (tests shorten it). */
  readonly presenceKeepaliveMs?: number;
  /** Ping interval (default {@link HEARTBEAT_MS}; tests shorten it). */
  readonly heartbeatMs?: number;
  /** How long after zero the automatic lock waits (default AUTO_LOCK_GRACE_MS, 30 s; tests shorten it). */
  readonly autoLockGraceMs?: number;
}

/** Creates the app for `config`; nothing listens until `listen()`. */
export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const log = options.log ?? createLogger(config.logLevel);
  const store = options.store ?? (await openStore(config));
  const sessionSecret = await store.ensureSetting('session-secret', () => randomId(32));
  const relay = options.relay ?? (config.redisUrl ? await RedisRelay.connect(config.redisUrl, log) : new LocalRelay());
  const jobs = new HeavyJobs();
  // Workshops with pair rooms loaded stay cached: rooms read them synchronously.
  const autoLock = new AutoLock(log);
  const workshops: WorkshopService = new WorkshopService(store, relay, {
    isInUse: (id): boolean => rooms.hasWorkshop(id),
    autoLockGraceMs: options.autoLockGraceMs,
    onSeen: autoLock.seen,
  });
  autoLock.attach(workshops);
  const metrics = new Metrics();
  const rooms = new RoomManager({
    store,
    log,
    relay,
    isLocked: (id) => workshops.peek(id)?.locked ?? false,
    rulesOf: (id) => workshops.peek(id)?.rules ?? null,
    unloadDelayMs: options.unloadDelayMs,
    presenceKeepaliveMs: options.presenceKeepaliveMs,
    metrics,
    compactState: (updates) => jobs.compactState(updates),
    onLoad: (workshop) => workshops.keep(workshop),
  });
  const hub = new DashboardHub({ workshops, rooms, store, log, relay });
  // A deleted workshop's rooms close here, whichever instance deleted it (issue 14).
  workshops.onDeleted((id) => rooms.dropWorkshop(id));
  const ctx: AppContext = { config, log, store, relay, workshops, rooms, sessionSecret, metrics, jobs };

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(securityHeaders(config));
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.get('/metrics', metricsRoute(config.metricsToken, metrics, () => ({ roomsLoaded: rooms.size, sockets: wss.clients.size })));
  app.get('/readyz', (_req, res) => {
    const relayKind = config.redisUrl ? 'redis' : 'none';
    Promise.all([
      store.ping().then(() => null, () => 'The store is not reachable.'),
      relay.ping().then(() => null, () => 'Redis is not reachable.'),
    ]).then(([storeError, relayError]) => {
      const error = storeError ?? relayError;
      res.status(error ? 503 : 200).json({ ok: !error, store: store.kind, relay: relayKind, ...(error ? { error } : {}) });
    });
  });
  const api = express.Router();
  // Before the 512 kB parser: the workshop import (POST /api/workshops/import) parses its own body, up to 5 MB.
  const limits = config.rateLimits;
  // One budget for the leader's requests, the light downloads (zoom-rooms.csv) among them.
  const leaderLimit = limiter(limits.leader);
  api.use(exportRoutes(ctx, hub, { import: limiter(limits.create), export: limiter(limits.export), leader: leaderLimit }));
  api.use(express.json({ limit: MAX_BODY }));
  api.use(workshopRoutes(ctx, { create: limiter(limits.create) }));
  api.use(participantRoutes(ctx, { join: limiter(limits.join), lookup: limiter(limits.joinLookup) }));
  api.use(sessionMoveRoutes(ctx, { adopt: limiter(limits.join) }));
  api.use(facilitatorRoutes(ctx, hub, { leader: leaderLimit }));
  // Zoom mode (issue 16): only with the app's credentials; without them these routes do not exist.
  if (config.zoom) api.use(zoomRoutes(ctx, config.zoom, { leader: leaderLimit, join: limiter(limits.join) }));
  api.use(openApiRoute());
  api.use(notFound);
  app.use('/api', api);
  if (existsSync(config.clientDir)) {
    app.use(express.static(config.clientDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!api\/|ws\/).*/, (_req, res) => res.sendFile(join(config.clientDir, 'index.html')));
  }
  app.use(errorHandler(log));

  const server = createServer(app);
  const wss = routeUpgrades(server, ctx, hub);

  // Pair rooms and dashboards announce their sockets with 'connection'.
  const stopHeartbeat = startHeartbeat(wss, options.heartbeatMs ?? HEARTBEAT_MS);

  return {
    server,
    ctx,
    listen: () =>
      new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          resolvePromise(`http://localhost:${port}`);
        });
      }),
    close: async () => {
      stopHeartbeat();
      metrics.close();
      autoLock.close();
      for (const ws of wss.clients) ws.close(CLOSE_CODES.SERVICE_RESTART, 'server restarting');
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
      server.closeAllConnections();
      await rooms.closeAll();
      await jobs.close();
      await relay.close();
      await store.close();
    },
  };
}
