/** The leader's set-up: `POST /api/workshops`. */
import type { ListImportJson } from '../../shared/lists/toListImportJson.js';
import type { ListMode, Rules } from '../../shared/lists/types.js';
import { expectShape, fetchJson, is } from './http.js';

/** One roster person and the pair the leader placed them in. */
export interface RosterEntryBody {
  readonly name: string;
  readonly email?: string;
  readonly pair: number;
}

/** The body of `POST /api/workshops`: a built-in list or the leader's own, and a number of pairs or a roster. */
export interface CreateWorkshopBody {
  readonly title?: string;
  readonly listId?: string;
  readonly list?: ListImportJson;
  readonly mode: ListMode;
  readonly rules: Rules;
  readonly pairs?: number;
  readonly roster?: readonly RosterEntryBody[];
}

/** What the server answers: the links, and the key (shown once, stored by the server only hashed). */
export interface CreatedWorkshop {
  readonly id: string;
  readonly joinCode: string;
  readonly joinUrl: string;
  readonly facilitatorUrl: string;
  readonly facilitatorKey: string;
}

export function parseCreatedWorkshop(body: unknown): CreatedWorkshop {
  expectShape(
    is.record(body) && is.string(body.id) && is.string(body.joinCode) && is.string(body.joinUrl) && is.string(body.facilitatorUrl) && is.string(body.facilitatorKey),
    'created workshop',
  );
  return { id: body.id, joinCode: body.joinCode, joinUrl: body.joinUrl, facilitatorUrl: body.facilitatorUrl, facilitatorKey: body.facilitatorKey };
}

/** Creates a workshop; an `ApiError` carries the server's reason (naming the field) when it refuses. */
export function createWorkshop(body: CreateWorkshopBody): Promise<CreatedWorkshop> {
  return fetchJson('/api/workshops', parseCreatedWorkshop, { body });
}
