/** `GET /api/lists`: the built-in activity lists (for the leader's set-up). */
import type { ActivityList } from '../../shared/lists/types.js';
import { expectShape, fetchJson } from './http.js';
import { parseActivityList } from './parseActivityList.js';

export function parseLists(body: unknown): ActivityList[] {
  expectShape(Array.isArray(body), 'lists');
  return (body as unknown[]).map(parseActivityList);
}

/** Every built-in list, the Essential List first. */
export function getLists(signal?: AbortSignal): Promise<ActivityList[]> {
  return fetchJson('/api/lists', parseLists, { signal });
}
