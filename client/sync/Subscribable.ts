/**
 * What the live connections (pair room, dashboard) share: subscribers for
 * React's `useSyncExternalStore`, and timers that are all cleared when the
 * connection is destroyed.
 */
export abstract class Subscribable {
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** Calls `listener` after any change; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Runs `fn` after `ms`, unless the connection is torn down first. */
  protected defer(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  protected clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  protected clearListeners(): void {
    this.listeners.clear();
  }
}
