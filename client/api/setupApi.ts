/** The leader's set-up: `POST /api/workshops`. */
import type { createWorkshopBody } from '../../shared/protocol/bodies.js';
import { createdWorkshopResponse, type CreatedWorkshop } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { ApiError, errorMessage, fetchJson, parseWith } from './http.js';

/** The body of `POST /api/workshops`: a built-in list or the leader's own, and a number of pairs or a roster. */
export type CreateWorkshopBody = Wire<typeof createWorkshopBody>;

export const parseCreatedWorkshop = parseWith(createdWorkshopResponse, 'created workshop');

/** Creates a workshop; an `ApiError` carries the server's reason (naming the field) when it refuses. */
export function createWorkshop(body: CreateWorkshopBody): Promise<CreatedWorkshop> {
  return fetchJson('/api/workshops', parseCreatedWorkshop, { body });
}

/**
 * Restores a workshop from a `workshop.json` file's text (`POST
 * /api/workshops/import`: the bytes as they are); an `ApiError` carries the
 * server's reason when it refuses the file.
 */
export async function importWorkshopFile(text: string): Promise<CreatedWorkshop> {
  let response: Response;
  try {
    response = await fetch('/api/workshops/import', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: text, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, errorMessage(body, response.status), body);
  return parseCreatedWorkshop(body);
}
