/**
 * Owns the page's AudioContext for the time's-up chime. Browsers only let
 * a page make sound after a person interacts with it (Chrome's autoplay
 * policy, Safari's "user gesture" rule), so the context is created or
 * resumed on a click or key press (`unlock`), and `play` never queues a
 * sound on a suspended context, which would ring late, at a random moment.
 */
import { scheduleChime } from './chimeSound.js';

/** Makes an AudioContext (a fake one in tests). */
export type AudioContextFactory = () => AudioContext;

/** A resumed context that takes longer than this would ring too late to mean "time's up". */
const RESUME_LIMIT_MS = 1500;

/** The browser's AudioContext constructor, or `null` without Web Audio (old browsers, jsdom). */
function browserFactory(): AudioContextFactory | null {
  const scope = globalThis as { AudioContext?: typeof AudioContext; webkitAudioContext?: typeof AudioContext };
  const Context = scope.AudioContext ?? scope.webkitAudioContext;
  return Context ? () => new Context() : null;
}

export class ChimePlayer {
  private context: AudioContext | null = null;

  constructor(private readonly createContext: AudioContextFactory | null = browserFactory()) {}

  /** Whether this browser can play the chime at all. */
  get supported(): boolean {
    return this.createContext !== null;
  }

  private ensureContext(): AudioContext | null {
    if (this.context === null && this.createContext !== null) {
      try {
        this.context = this.createContext();
      } catch {
        return null; // too many contexts, or audio disabled: stay silent
      }
    }
    return this.context;
  }

  /** Creates or resumes the context. Call from a user gesture (click, key press). */
  unlock(): void {
    const context = this.ensureContext();
    if (context?.state === 'suspended') context.resume().catch(() => undefined);
  }

  /** Rings the chime now if the browser lets the page make sound; otherwise stays silent. */
  play(): void {
    const context = this.ensureContext();
    if (context === null) return;
    if (context.state === 'running') {
      scheduleChime(context);
      return;
    }
    const asked = Date.now();
    context.resume().then(
      () => {
        if (Date.now() - asked <= RESUME_LIMIT_MS) scheduleChime(context);
      },
      () => undefined,
    );
  }
}

/** The page's one chime player. */
export const chimePlayer = new ChimePlayer();
