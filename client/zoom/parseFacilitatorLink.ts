import { keyFromHash } from '../features/leader/facilitatorKey.js';
import type { HostAuth } from './zoomApi.js';

/** A facilitator link (`…/facilitate/<id>#key=…`, as set-up gives it) as the workshop and its key, or `null`. */
export function parseFacilitatorLink(text: string): HostAuth | null {
  try {
    const url = new URL(text.trim(), 'https://x.invalid');
    const match = /^\/facilitate\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url.pathname);
    const key = keyFromHash(url.hash);
    return match && key ? { workshopId: match[1], key } : null;
  } catch {
    return null;
  }
}
