/** Request bodies (schemas in shared/protocol/bodies.ts), parsed from `unknown` into typed values or a 400 that names the field. */
import type { z } from 'zod';
import { HttpError } from './errors.js';

/** Parses `body` or throws a 400 naming the first problem (every message names its field). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined) throw new HttpError(400, 'Send a JSON body with Content-Type: application/json.');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'The body must be a JSON object.');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue.path.join('.');
  // Walk the path: a nested field ("timesUp.autoLock") that is there but of the wrong type is not "required".
  const value = issue.path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined), body);
  const missing = issue.code === 'invalid_type' && value === undefined;
  // A custom check's message says what is wrong with the value; the path says which one ("roster.2.email").
  const message = issue.code === 'custom' && field !== '' ? `${field}: ${issue.message}` : issue.message;
  throw new HttpError(400, missing ? `${field} is required` : message);
}

