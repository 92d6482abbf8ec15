import { useEffect, useState, useSyncExternalStore } from 'react';
import type { LiveSource } from './useWorkshopLive.js';

/**
 * The server's clock (local clock + measured offset), refreshed every
 * `intervalMs`: for "2 min ago" and idle checks, which need no finer grain.
 */
export function useServerNow(source: LiveSource, intervalMs: number): number {
  const offset = useSyncExternalStore(source.subscribe, source.getOffset);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now + offset;
}
