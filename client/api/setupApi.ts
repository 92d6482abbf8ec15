/** The leader's set-up: `POST /api/workshops`. */
import type { createWorkshopBody } from '../../shared/protocol/bodies.js';
import { createdWorkshopResponse, type CreatedWorkshop } from '../../shared/protocol/responses.js';
import type { Wire } from '../../shared/protocol/wire.js';
import { fetchJson, parseWith } from './http.js';

/** The body of `POST /api/workshops`: a built-in list or the leader's own, and a number of pairs or a roster. */
export type CreateWorkshopBody = Wire<typeof createWorkshopBody>;

export const parseCreatedWorkshop = parseWith(createdWorkshopResponse, 'created workshop');

/** Creates a workshop; an `ApiError` carries the server's reason (naming the field) when it refuses. */
export function createWorkshop(body: CreateWorkshopBody): Promise<CreatedWorkshop> {
  return fetchJson('/api/workshops', parseCreatedWorkshop, { body });
}
