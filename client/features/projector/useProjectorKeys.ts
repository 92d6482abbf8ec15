import { useEffect, useRef } from 'react';

/** The projector's views besides the spotlight. */
export const PROJECTOR_VIEWS = ['tally', 'consensus', 'compare'] as const;
export type ProjectorView = (typeof PROJECTOR_VIEWS)[number];

/** The key that opens each view. */
export const VIEW_KEYS: Record<ProjectorView, string> = { tally: 't', consensus: 'c', compare: 'v' };

/** What the projector's keys do. */
export interface ProjectorKeys {
  readonly next: () => void;
  readonly previous: () => void;
  readonly back: () => void;
  readonly fullScreen: () => void;
  readonly toggleHidden: () => void;
  readonly show: (view: ProjectorView) => void;
  /** A pair number typed and confirmed with Enter. */
  readonly jump: (n: number) => void;
  /** The digits typed so far ('' when none), to show them. */
  readonly typing: (digits: string) => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));

/** Pair numbers are at most this many digits. */
const MAX_DIGITS = 3;

/**
 * The projector's keyboard: ←/→ step through pairs, a number and Enter jump
 * to that pair, `T`/`C`/`V` the tally, consensus and compare views, `F` full
 * screen, `Esc` back to the tally, `H` hide or reveal. Keys typed into a
 * field, or pressed with Ctrl/Alt/Meta (browser shortcuts), are left alone;
 * Enter on a focused button stays the button's.
 */
export function useProjectorKeys(keys: ProjectorKeys): void {
  const latest = useRef(keys);
  const digits = useRef('');
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const setDigits = (value: string): void => {
      digits.current = value;
      latest.current.typing(value);
    };
    const handleKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event.target)) return;
      const k = latest.current;
      if (/^[0-9]$/.test(event.key)) {
        event.preventDefault();
        setDigits((digits.current + event.key).slice(-MAX_DIGITS));
        return;
      }
      if (event.key === 'Enter' && digits.current !== '') {
        event.preventDefault();
        k.jump(Number(digits.current));
        setDigits('');
        return;
      }
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const views = Object.fromEntries(PROJECTOR_VIEWS.map((v) => [VIEW_KEYS[v], () => k.show(v)]));
      const actions: Record<string, (() => void) | undefined> = {
        ArrowRight: k.next,
        ArrowLeft: k.previous,
        Escape: k.back,
        f: k.fullScreen,
        h: k.toggleHidden,
        ...views,
      };
      const action = actions[key];
      if (digits.current !== '') setDigits('');
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
