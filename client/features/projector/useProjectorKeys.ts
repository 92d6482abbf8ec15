import { useEffect, useRef } from 'react';

/** What the projector's keys do. */
export interface ProjectorKeys {
  readonly next: () => void;
  readonly previous: () => void;
  readonly back: () => void;
  readonly fullScreen: () => void;
  readonly toggleHidden: () => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/**
 * The projector's keyboard: ←/→ step through pairs, `F` full screen, `Esc`
 * back to the tally, `H` hide or reveal the tally. Keys typed into a field,
 * or pressed with Ctrl/Alt/Meta (browser shortcuts), are left alone.
 */
export function useProjectorKeys(keys: ProjectorKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const handleKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event.target)) return;
      const actions: Record<string, (() => void) | undefined> = {
        ArrowRight: latest.current.next,
        ArrowLeft: latest.current.previous,
        Escape: latest.current.back,
        f: latest.current.fullScreen,
        F: latest.current.fullScreen,
        h: latest.current.toggleHidden,
        H: latest.current.toggleHidden,
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}

/** Full screen on, or off again (the browser may refuse without a user gesture; that is fine). */
export function toggleFullScreen(): void {
  const doc = document as Document & { fullscreenElement?: Element | null };
  if (doc.fullscreenElement) void doc.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
