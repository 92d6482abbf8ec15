/**
 * Looking a workshop up by an id that came from outside (a URL path of an
 * HTTP route or of a socket): the HTTP routes and both sockets use it.
 */
import type { WorkshopRecord } from './types.js';
import type { WorkshopService } from './WorkshopService.js';

/** Workshop ids are url-safe base64; anything else is not looked up. */
export const WORKSHOP_ID = /^[A-Za-z0-9_-]{1,40}$/;

/** The workshop of `id`, or null when there is none or `id` is not a workshop id. */
export async function findWorkshop(workshops: WorkshopService, id: string): Promise<WorkshopRecord | null> {
  return WORKSHOP_ID.test(id) ? workshops.get(id) : null;
}
