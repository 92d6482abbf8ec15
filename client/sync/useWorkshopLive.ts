import { useSyncExternalStore } from 'react';
import type { WorkshopLive } from '../../shared/protocol/live.js';

/**
 * Anything that carries the workshop's live state and the server clock
 * offset: a pair room's connection or the leader's dashboard stream.
 */
export interface LiveSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getLive: () => WorkshopLive | null;
  /** Server time minus local time, ms. */
  readonly getOffset: () => number;
}

/** The workshop's clock, lock and broadcast (`null` until known). */
export function useWorkshopLive(source: LiveSource): WorkshopLive | null {
  return useSyncExternalStore(source.subscribe, source.getLive);
}
