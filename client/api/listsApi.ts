/** `GET /api/lists`: the built-in activity lists (for the leader's set-up). */
import type { ActivityList } from '../../shared/lists/types.js';
import { listsResponse } from '../../shared/protocol/responses.js';
import { fetchJson, parseWith } from './http.js';

export const parseLists = parseWith(listsResponse, 'lists');

/** Every built-in list, the Essential List first. */
export function getLists(signal?: AbortSignal): Promise<ActivityList[]> {
  return fetchJson('/api/lists', parseLists, { signal });
}
