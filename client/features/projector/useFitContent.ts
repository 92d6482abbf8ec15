import { useLayoutEffect, type RefObject } from 'react';

/** The smallest the content may shrink to (of the projector's type size). */
export const MIN_FIT = 0.7;
const STEP = 0.05;

/**
 * Shrinks `ref`'s content (through the `--pj-fit` custom property, which its
 * font size multiplies) until it no longer overflows its box (down, or sideways for columns), so a busy
 * tally (long titles, write-ins in every strategy) still fits the screen
 * without scrolling or clipping. Runs before paint on every change of
 * `content` and on resize; where there is no layout (tests), it does nothing.
 */
export function useFitContent(ref: RefObject<HTMLElement | null>, content: unknown): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = (): void => {
      let scale = 1;
      el.style.setProperty('--pj-fit', '1');
      // Columns overflow sideways, blocks downwards: either way it does not fit.
      const overflows = (): boolean => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      while (overflows() && scale - STEP >= MIN_FIT) {
        scale = Math.round((scale - STEP) * 100) / 100;
        el.style.setProperty('--pj-fit', String(scale));
      }
    };
    fit();
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [ref, content]);
}
