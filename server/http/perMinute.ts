/**
 * The API's rate limiter: `limit` requests per client IP per minute, with
 * the draft-8 `RateLimit` headers and a JSON error (docs/security.md,
 * "Rate limits"). Every limited route builds its limiter here.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';

/** A limiter of `limit` requests per client IP per minute. */
export function perMinute(limit: number): RequestHandler {
  return rateLimit({ windowMs: 60_000, limit, standardHeaders: 'draft-8', legacyHeaders: false, message: { error: 'Too many requests; wait a minute and try again.' } });
}
