/**
 * Long polling for the join page (issue 14: new pairs and a new title reach
 * a join page already open within a second). `GET /api/join/:code?after=<v>`
 * with the version the page shows is held until the workshop changes (here
 * or, through the relay, on another instance), the request goes away, or
 * {@link JOIN_POLL_MS} pass; then it answers as usual.
 */
import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
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

/** Join pages one workshop may hold waiting at once (a workshop has at most 1,000 people); past it, requests are answered and counted. */
export const WAITING_PER_WORKSHOP = 1_000;

/** How many requests wait on each workshop, bounded by {@link WAITING_PER_WORKSHOP}. */
export class WaitingRequests {
  private readonly counts = new Map<string, number>();

  /** Counts one more waiting request of `workshopId`, unless it already has as many as it may. */
  admit(workshopId: string): boolean {
    const n = this.counts.get(workshopId) ?? 0;
    if (n >= WAITING_PER_WORKSHOP) return false;
    this.counts.set(workshopId, n + 1);
    return true;
  }

  release(workshopId: string): void {
    const n = (this.counts.get(workshopId) ?? 1) - 1;
    if (n > 0) this.counts.set(workshopId, n);
    else this.counts.delete(workshopId);
  }
}

/** Runs the rate limiter `limit` on a request; `false` when it answered (429) instead of letting it through. */
export function passes(limit: RequestHandler, req: Request, res: Response): Promise<boolean> {
  return new Promise((resolve, reject) => {
    res.once('finish', () => resolve(false));
    void Promise.resolve(limit(req, res, (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(true))));
  });
}
