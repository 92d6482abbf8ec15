/**
 * A real store (SQLite or PostgreSQL) whose appends for one room fail on
 * purpose, then work again (issue 12). The error looks like a driver's: a
 * `code`, and a `detail` that quotes the row as PostgreSQL's does, so a test
 * can check that it never reaches a log line.
 */
import type { Store } from '../../server/store/Store.js';

/** The `detail` every injected error carries (a log must not contain it). */
export const INJECTED_DETAIL = 'Failing row contains (document bytes a log must not hold)';

export interface FailurePlan {
  /** Appends fail for this long from now, ms. */
  readonly forMs?: number;
  /** Or: this many appends fail. */
  readonly times?: number;
  /** Each failure is reported this long after the append (a slow commit), ms. Default 0. */
  readonly delayMs?: number;
}

export interface FailingStore {
  readonly store: Store;
  /** Makes appends for `room` fail as `plan` says. */
  failAppends(room: string, plan: FailurePlan): void;
  /** Appends that failed, per room. */
  readonly failed: Map<string, number>;
}

export function failingStore(inner: Store): FailingStore {
  const plans = new Map<string, { until: number; left: number; delayMs: number }>();
  const failed = new Map<string, number>();
  const appendUpdate = (room: string, update: Uint8Array): Promise<void> => {
    const plan = plans.get(room);
    if (!plan || Date.now() >= plan.until || plan.left <= 0) return inner.appendUpdate(room, update);
    plan.left--;
    failed.set(room, (failed.get(room) ?? 0) + 1);
    const error = Object.assign(new Error('could not write the update (injected)'), { code: 'EINJECTED', detail: INJECTED_DETAIL });
    return new Promise((_resolve, reject) => setTimeout(() => reject(error), plan.delayMs));
  };
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'appendUpdate') return appendUpdate;
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    store,
    failed,
    failAppends(room, plan) {
      plans.set(room, {
        until: plan.forMs === undefined ? Infinity : Date.now() + plan.forMs,
        left: plan.times ?? Infinity,
        delayMs: plan.delayMs ?? 0,
      });
    },
  };
}
