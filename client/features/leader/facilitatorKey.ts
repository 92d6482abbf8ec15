/**
 * The facilitator key travels in the link's fragment (`#key=…`), which
 * browsers never send to a server, so it is not logged anywhere (issue 3).
 * The leader's pages take it from there, keep it in this tab's
 * sessionStorage (and, once it works, in the remembered workshops), and clear the fragment
 * from the address bar so a screen share or a copied address does not show it.
 */
import { useEffect, useState } from 'react';
import { rememberedKey } from './rememberedWorkshops.js';

const SESSION_PREFIX = 'pairplan.facilitator.';
const KEY_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;

/** The key in a fragment such as `#key=abc…`, or `null`. */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key !== null && KEY_SHAPE.test(key) ? key : null;
}

function sessionKey(workshopId: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(SESSION_PREFIX + workshopId) ?? null;
  } catch {
    return null;
  }
}

/** The key for `workshopId`: from the address, else this tab, else the remembered workshops. */
export function findFacilitatorKey(workshopId: string, hash: string = globalThis.location?.hash ?? ''): string | null {
  return keyFromHash(hash) ?? sessionKey(workshopId) ?? rememberedKey(workshopId);
}

/**
 * Keeps the key for this tab. (The workshop is remembered for later visits
 * once the server has accepted the key, so a mistyped link leaves no entry.)
 */
export function keepFacilitatorKey(workshopId: string, key: string): void {
  try {
    globalThis.sessionStorage?.setItem(SESSION_PREFIX + workshopId, key);
  } catch {
    // Private mode: the remembered workshops (or the link) still hold it.
  }
}

/** Removes the fragment from the address bar without a navigation. */
export function clearKeyFromAddress(): void {
  if (!globalThis.location?.hash) return;
  const { pathname, search } = globalThis.location;
  globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}`);
}

/** The facilitator key of this page's workshop (`null`: none is known); kept, and cleared from the address. */
export function useFacilitatorKey(workshopId: string): string | null {
  const [key] = useState(() => findFacilitatorKey(workshopId));
  useEffect(() => {
    if (key !== null) keepFacilitatorKey(workshopId, key);
    clearKeyFromAddress();
  }, [workshopId, key]);
  return key;
}
