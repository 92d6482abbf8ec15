/**
 * Whether this person muted the time's-up chime: remembered in
 * localStorage, so it stays muted on the next visit and in other tabs'
 * next load. A tiny external store, read with `useSyncExternalStore`.
 */
import { useSyncExternalStore } from 'react';

/** Where the choice is kept. */
export const CHIME_MUTED_STORAGE_KEY = 'pairplan.chimeMuted';

const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.localStorage?.getItem(CHIME_MUTED_STORAGE_KEY) === 'true';
  } catch {
    return false;
  }
}

let muted = read();

/** Whether the chime is muted now. */
export function isChimeMuted(): boolean {
  return muted;
}

/** Mutes or unmutes the chime, and remembers it. */
export function setChimeMuted(next: boolean): void {
  muted = next;
  try {
    globalThis.localStorage?.setItem(CHIME_MUTED_STORAGE_KEY, String(next));
  } catch {
    // private mode: the choice lasts for this page only
  }
  for (const listener of listeners) listener();
}

/** Re-reads the remembered choice (a test, or storage changed). */
export function reloadChimeMuted(): void {
  muted = read();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the chime is muted, re-rendering when it changes. */
export function useChimeMuted(): boolean {
  return useSyncExternalStore(subscribe, isChimeMuted, isChimeMuted);
}
