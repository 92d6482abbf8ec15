/**
 * JSON over fetch. Every body is `unknown` until a parser turns it into a
 * typed value; every failure becomes an {@link ApiError} whose message is
 * the server's `{ error }` text (or a plain one for network failures).
 */
import type { z } from 'zod';

/** A failed request: the HTTP status (0 for a network failure) and the message to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns an unknown body into `T`, or throws with what was wrong. */
export type Parser<T> = (body: unknown) => T;

/** A response body was not the shape we expected. */
export class ParseError extends Error {
  override name = 'ParseError';
}

/** The `{ error }` text of a failed answer, or a plain one naming the status. */
export function errorMessage(body: unknown, status: number): string {
  if (typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string') {
    return (body as { error: string }).error;
  }
  return `The server answered ${status}.`;
}

/** Sends a JSON request (same origin, with cookies, plus any `headers`) and parses the answer. */
export async function fetchJson<T>(
  path: string,
  parse: Parser<T>,
  init: { method?: string; body?: unknown; signal?: AbortSignal; headers?: Readonly<Record<string, string>> } = {},
): Promise<T> {
  let response: Response;
  const json: Record<string, string> = init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' };
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: { ...json, ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      signal: init.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network');
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(response.status, errorMessage(body, response.status), body);
  return parse(body);
}

/** Small checks for the parsers that read a download rather than a shared wire schema (the print view's plan.json). */
export const is = {
  record: (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  /** One of a shared list's values (`is.oneOf(MARKS, v)`). */
  oneOf: <T extends string>(values: readonly T[], v: unknown): v is T => (values as readonly unknown[]).includes(v),
};

/** A parser that reads a body with `schema` (shared/protocol/), or throws a {@link ParseError} naming `what`. */
export function parseWith<T>(schema: z.ZodType<T>, what: string): Parser<T> {
  return (body) => {
    const result = schema.safeParse(body);
    expectShape(result.success, what);
    return result.data as T;
  };
}

/** Throws a {@link ParseError} naming `what` unless `ok`. */
export function expectShape(ok: boolean, what: string): asserts ok {
  if (!ok) throw new ParseError(`Unexpected answer from the server (${what}).`);
}
