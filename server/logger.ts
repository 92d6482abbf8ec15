/**
 * Structured logs (pino). Keys, session tokens, cookies and authorization
 * headers never reach a log line: they are redacted by path here, and no
 * code logs a URL fragment (where the facilitator key travels).
 */
import { pino, type Logger as PinoLogger, type DestinationStream } from 'pino';

export type Logger = PinoLogger;

/** Paths pino replaces with "[redacted]" wherever they appear. */
export const REDACTED_PATHS = [
  'key',
  'facilitatorKey',
  'token',
  'cookie',
  'authorization',
  '*.key',
  '*.facilitatorKey',
  '*.token',
  '*.cookie',
  '*.authorization',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

/** A logger at `level`, writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}

/**
 * An error as a log line may carry it: its class, code and message, not the
 * driver's other fields (a PostgreSQL error's `detail` can quote the failing
 * row, which is a participant's document).
 */
export function toLoggedError(error: unknown): { type: string; code?: string; message: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: 'not an Error' };
  const code = (error as { code?: unknown }).code;
  return { type: error.name, ...(typeof code === 'string' ? { code } : {}), message: error.message.slice(0, 200) };
}
