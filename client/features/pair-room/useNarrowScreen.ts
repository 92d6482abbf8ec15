import { useSyncExternalStore } from 'react';

/**
 * Where the room switches to its phone layout (issue 18): below this width
 * the rules, the clock and "We agree" sit in a bar at the bottom of the
 * screen. Narrower than the 40rem at which the layout reflows, so 1280×720
 * at 200% zoom (640 CSS px) keeps the laptop layout, whose bar scrolls away.
 */
export const NARROW_QUERY = '(max-width: 36rem)';

function media(): MediaQueryList | null {
  return typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia(NARROW_QUERY) : null;
}

function subscribe(listener: () => void): () => void {
  const query = media();
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

const isNarrow = (): boolean => media()?.matches ?? false;

/** Whether the screen is phone-narrow ({@link NARROW_QUERY}); false where there is no `matchMedia`. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
