/**
 * Errors as JSON: every 4xx/5xx body is `{ "error": "…" }` with words a
 * person can act on; no stack trace ever leaves the server.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';

/** An error with an HTTP status and a message safe to show (and headers to send with it, e.g. `Retry-After`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** 404 for any API path nothing else answered. */
export const notFound: RequestHandler = (_req, _res, next) => next(new HttpError(404, 'No such API route.'));

/** Turns thrown errors into JSON responses. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const e = error as { status?: number; statusCode?: number; type?: string; message?: string };
    let status = e.status ?? e.statusCode ?? 500;
    let message = error instanceof HttpError ? error.message : 'Something went wrong on the server.';
    if (e.type === 'entity.parse.failed') message = 'The request body is not valid JSON.';
    else if (e.type === 'entity.too.large') message = 'The request body is too large.';
    else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') message = 'Unsupported body encoding.';
    else if (!(error instanceof HttpError) && status < 500) message = 'The request could not be read.';
    if (status < 400 || status > 599) status = 500;
    if (status >= 500) log.error({ err: error, method: req.method, path: req.path }, 'request failed');
    if (error instanceof HttpError) res.set(error.headers);
    res.status(status).json({ error: message });
  };
}

/** Wraps an async handler so a rejection reaches the error handler. */
export function asyncHandler(handler: (...args: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch(next);
  };
}
