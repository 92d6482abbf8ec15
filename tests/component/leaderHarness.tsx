/**
 * The leader's screens for component tests: a real DashboardConnection over
 * a fake WebSocket the test drives (open, frames in, close codes), summaries
 * made by the shared `summarizePair` from real plan snapshots, and renders
 * in English inside a memory router.
 */
import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { act, cleanup, render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { initI18n } from '../../client/i18n/index.js';
import { resetDashboardStore } from '../../client/features/dashboard/dashboardStore.js';
import { EMPTY_SNAPSHOT, type PlanSnapshot } from '../../shared/doc/schema.js';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import type { ActivityList } from '../../shared/lists/types.js';
import type { ClockState } from '../../shared/protocol/clock.js';
import type { WorkshopLive } from '../../shared/protocol/live.js';
import { summarizePair, type PairSummary } from '../../shared/tally/summarizePair.js';

export const LIST = ESSENTIAL_LIST_2020_21;
export const WORKSHOP_ID = 'w-leader1';
export const KEY = 'k'.repeat(43);

/** A WebSocket the test plays the server for. */
export class FakeSocket {
  static readonly instances: FakeSocket[] = [];
  readyState = 0;
  readonly sent: string[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.instances.push(this);
  }
  send(data: string): void {
    this.sent.push(data);
  }
  close(code = 1000, reason = ''): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
  /** The server accepts the connection. */
  open(): void {
    this.readyState = 1;
    act(() => this.onopen?.({}));
  }
  /** A frame from the server. */
  receive(message: unknown): void {
    act(() => this.onmessage?.({ data: typeof message === 'string' ? message : JSON.stringify(message) }));
  }
  /** The server closes with a code. */
  serverClose(code: number, reason = ''): void {
    act(() => this.close(code, reason));
  }
  static latest(): FakeSocket {
    const socket = FakeSocket.instances.at(-1);
    if (!socket) throw new Error('no socket was opened');
    return socket;
  }
}

beforeEach(() => {
  FakeSocket.instances.length = 0;
  localStorage.clear();
  sessionStorage.clear();
  vi.stubGlobal('WebSocket', FakeSocket);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  resetDashboardStore();
});

export const IDLE_CLOCK: ClockState = { status: 'idle', durationMs: 20 * 60_000, endsAt: null, remainingMs: 20 * 60_000 };
export const live = (extra: Partial<WorkshopLive> = {}): WorkshopLive => ({ clock: IDLE_CLOCK, locked: false, broadcast: null, ...extra });

/** A plan with `ids` ticked by Ana (marked `mark` in inventory mode). */
export function planWith(ids: readonly string[], extra: Partial<PlanSnapshot> = {}, mark?: 'now' | 'future'): PlanSnapshot {
  const picks = Object.fromEntries(ids.map((id) => [id, { by: 'p-ana', name: 'Ana Ruiz', at: 1_000, ...(mark ? { mark } : {}) }]));
  return { ...EMPTY_SNAPSHOT, picks, ...extra };
}

/** A pair's summary, computed by the shared summariser as the server does. */
export function summary(
  n: number,
  plan: PlanSnapshot = EMPTY_SNAPSHOT,
  options: { list?: ActivityList; present?: string[]; members?: string[]; joined?: string[]; lastChangeAt?: number | null } = {},
): PairSummary {
  const list = options.list ?? LIST;
  return summarizePair({
    n,
    plan,
    list,
    rules: list.rules,
    present: (options.present ?? []).map((name) => ({ id: `p-${name.split(' ')[0].toLowerCase()}`, name })),
    members: options.members ?? [],
    joined: options.joined ?? [],
    lastChangeAt: options.lastChangeAt === undefined ? (Object.keys(plan.picks).length > 0 ? Date.now() : null) : options.lastChangeAt,
  });
}

/** The `init` frame of the dashboard stream. */
export function initFrame(summaries: readonly PairSummary[], options: { list?: ActivityList; title?: string; live?: WorkshopLive; members?: boolean } = {}) {
  const list = options.list ?? LIST;
  return {
    t: 'init',
    workshop: {
      id: WORKSHOP_ID,
      title: options.title ?? 'Spring workshop',
      joinCode: 'K7M2QX',
      createdAt: 1_700_000_000_000,
      list,
      rules: list.rules,
      pairs: summaries.map((s) => ({ n: s.n, members: s.members.map((name) => ({ name, email: `${name.split(' ')[0].toLowerCase()}@example.org` })) })),
    },
    live: options.live ?? live(),
    summaries,
    serverNow: Date.now(),
  };
}

/** Renders `ui` at `path` (in English unless told), in a memory router; returns the location (its history). */
export function renderAt(path: string, ui: ReactNode, language: 'en' | 'es' = 'en'): RenderResult & { location: ReturnType<typeof memoryLocation> } {
  const location = memoryLocation({ path, record: true });
  const result = render(
    <I18nextProvider i18n={initI18n(language)}>
      <Router hook={location.hook}>{ui}</Router>
    </I18nextProvider>,
  );
  return Object.assign(result, { location });
}

/** Opens the stream the page started, checks it authenticated with the key, and sends `init`. */
export function serve(frame: ReturnType<typeof initFrame>): FakeSocket {
  const socket = FakeSocket.latest();
  socket.open();
  socket.receive(frame);
  return socket;
}
