/**
 * Configuration from the environment, parsed once at start-up.
 * Every variable is documented in README.md ("Configuration").
 */
import { resolve } from 'node:path';

export interface Config {
  readonly port: number;
  readonly host: string;
  /** Where the SQLite file lives (`./data` by default). */
  readonly dataDir: string;
  /** PostgreSQL instead of SQLite when set. */
  readonly databaseUrl: string | null;
  /** Redis pub/sub between instances when set. */
  readonly redisUrl: string | null;
  /** The origin participants reach (`https://plan.example.org`); by default the request's own. */
  readonly publicUrl: string | null;
  /** Built client files; the server serves them when the folder exists. */
  readonly clientDir: string;
  readonly logLevel: string;
  /** Trust X-Forwarded-* from a proxy in front (for client IPs in rate limits). */
  readonly trustProxy: boolean;
  /**
   * Rate limits per client IP per minute: joins, workshop creations and
   * imports, join-code look-ups (`GET /api/join/:code`), the leader's routes,
   * and the exports (docs/security.md, "Rate limits").
   */
  readonly rateLimits: { readonly join: number; readonly create: number; readonly joinLookup: number; readonly leader: number; readonly export: number };
  /** Bearer token that opens `GET /metrics`; the endpoint does not exist without it. */
  readonly metricsToken: string | null;
  /** The Zoom App's credentials (issue 16, docs/zoom-app.md); Zoom mode is off without them. */
  readonly zoom: ZoomAppConfig | null;
}

/** A Zoom App's client id and secret (the secret decrypts the app context; it is never logged). */
export interface ZoomAppConfig {
  readonly clientId: string;
  readonly clientSecret: string;
}

function parseZoom(env: NodeJS.ProcessEnv): ZoomAppConfig | null {
  const clientId = env.ZOOM_CLIENT_ID || null;
  const clientSecret = env.ZOOM_CLIENT_SECRET || null;
  if (clientId === null && clientSecret === null) return null;
  if (clientId === null || clientSecret === null) throw new Error('ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET must be set together');
  if (!/^[A-Za-z0-9_-]{8,128}$/.test(clientId)) throw new Error('ZOOM_CLIENT_ID must be 8 to 128 letters, digits, "-" or "_"');
  if (clientSecret.length < 16 || clientSecret.length > 256) throw new Error('ZOOM_CLIENT_SECRET must be 16 to 256 characters');
  return { clientId, clientSecret };
}

/** Reads the configuration; throws a clear error for a malformed value. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const number = (name: string, fallback: number): number => {
    const value = Number(env[name] ?? fallback);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
    return value;
  };
  const metricsToken = env.METRICS_TOKEN || null;
  if (metricsToken !== null && !/^[A-Za-z0-9_-]{16,200}$/.test(metricsToken)) {
    throw new Error('METRICS_TOKEN must be 16 to 200 letters, digits, "-" or "_"');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    redisUrl: env.REDIS_URL || null,
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : null,
    clientDir: resolve(env.CLIENT_DIR ?? 'dist/client'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    rateLimits: {
      join: number('RATE_LIMIT_JOIN', 60),
      create: number('RATE_LIMIT_CREATE', 30),
      // A person types a code a few times; 477 guesses a second were possible (Airtight, finding 7).
      joinLookup: number('RATE_LIMIT_JOIN_LOOKUP', 120),
      // A dashboard makes a few requests a minute; a leader clicking fast makes tens.
      leader: number('RATE_LIMIT_LEADER', 600),
      export: number('RATE_LIMIT_EXPORT', 120),
    },
    metricsToken,
    zoom: parseZoom(env),
  };
}
