/**
 * Long polling for the join page (issue 14: new pairs and a new title reach
 * a join page already open within a second). `GET /api/join/:code?after=<v>`
 * with the version the page shows is held until the workshop changes (here
 * or, through the relay, on another instance), the request goes away, or
 * {@link JOIN_POLL_MS} pass; then it answers as usual.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { AppContext } from '../context.js';

/** Longest a join page's request is held (below common proxies' 30-second idle timeouts). */
export const JOIN_POLL_MS = 25_000;

/** A short version of an answer: equal answers, equal versions. */
export function answerVersion(answer: unknown): string {
  return createHash('sha256').update(JSON.stringify(answer)).digest('base64url').slice(0, 16);
}

/** Resolves at the workshop's next change, when `req` closes, or after `ms`. */
export function awaitWorkshopChange(ctx: AppContext, workshopId: string, req: Request, ms = JOIN_POLL_MS): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      unsubscribe();
      req.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const unsubscribe = ctx.workshops.subscribe(workshopId, done);
    req.on('close', done);
  });
}
