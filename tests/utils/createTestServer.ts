/**
 * A real pairplan server on an ephemeral port with its own data directory,
 * for integration tests. `restart()` stops it and starts a new one on the
 * same data (a server restart, as a person would see it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { parseConfig, type Config } from '../../server/config.js';
import { createApp, type App, type AppOptions } from '../../server/createApp.js';
import { createLogger } from '../../server/logger.js';

export interface TestServer {
  url: string;
  app: App;
  config: Config;
  /** Every log line the server wrote, as JSON text. */
  readonly logs: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function createTestServer(env: Record<string, string> = {}, options: Pick<AppOptions, 'presenceKeepaliveMs' | 'store' | 'heartbeatMs' | 'autoLockGraceMs'> = {}): Promise<TestServer> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'pairplan-test-'));
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', RATE_LIMIT_JOIN: '10000', RATE_LIMIT_CREATE: '10000', RATE_LIMIT_JOIN_LOOKUP: '10000', RATE_LIMIT_LEADER: '10000', RATE_LIMIT_EXPORT: '10000', ...env, DATA_DIR: dataDir });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const start = async (): Promise<{ app: App; url: string }> => {
    const app = await createApp(config, { log: createLogger('debug', sink), unloadDelayMs: 50, ...options });
    return { app, url: await app.listen() };
  };
  let current = await start();
  const server: TestServer = {
    url: current.url,
    app: current.app,
    config,
    logs,
    async restart() {
      await current.app.close();
      current = await start();
      server.url = current.url;
      server.app = current.app;
    },
    async close() {
      await current.app.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}
