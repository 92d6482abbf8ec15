/**
 * `GET /metrics`: the Prometheus exposition of {@link Metrics}, for the
 * operator's scraper. Off unless METRICS_TOKEN is set; then it needs
 * `Authorization: Bearer <METRICS_TOKEN>` (401 without, 403 with another).
 */
import type { RequestHandler } from 'express';
import { bearerToken } from '../auth/access.js';
import { hashKey, verifyKey } from '../auth/secrets.js';
import { HttpError } from '../http/errors.js';
import type { Metrics, MetricsGauges } from './Metrics.js';

export function metricsRoute(token: string | null, metrics: Metrics, gauges: () => MetricsGauges): RequestHandler {
  if (token === null) return (_req, _res, next) => next(new HttpError(404, 'Metrics are off: set METRICS_TOKEN to turn them on.'));
  const tokenHash = hashKey(token);
  return (req, res, next) => {
    if (req.headers.authorization === undefined) return next(new HttpError(401, 'This needs the metrics token (Authorization: Bearer <METRICS_TOKEN>).'));
    const presented = bearerToken(req.headers);
    if (presented === null || !verifyKey(presented, tokenHash)) return next(new HttpError(403, 'The metrics token is not valid.'));
    res.type('text/plain; version=0.0.4').send(metrics.format(gauges()));
  };
}
