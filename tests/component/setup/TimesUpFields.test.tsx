/**
 * Issue 14 on the set-up screen: the warning's minutes and the automatic
 * lock go into `POST /api/workshops` as `timesUp` (left out while they are
 * the defaults), and a warning out of range is named before anything is sent.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetupPage } from '../../../client/features/setup/SetupPage.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { renderAt } from '../leaderHarness.js';

const CREATED = { id: 'w1', joinCode: 'K7M2QX', joinUrl: 'http://x/j/K7M2QX', facilitatorUrl: 'http://x/facilitate/w1#key=k', facilitatorKey: 'k'.repeat(43) };
const posted: Record<string, unknown>[] = [];
beforeEach(() => {
  posted.length = 0;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/lists') return json(200, BUILT_IN_LISTS);
    if (url === '/api/workshops' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)) as Record<string, unknown>);
      return json(201, CREATED);
    }
    return json(404, { error: 'not found' });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("the set-up screen's time's-up fields", () => {
  it('send nothing extra while they are the defaults', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].timesUp).toBeUndefined();
  });

  it('send the chosen warning and the automatic lock', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    const warning = await screen.findByRole('spinbutton', { name: 'Warning before the end (minutes)' });
    await user.clear(warning);
    await user.type(warning, '3.5');
    await user.click(screen.getByRole('checkbox', { name: "Lock every plan automatically at time's up" }));
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].timesUp).toEqual({ warningMinutes: 3.5, autoLock: true });
  });

  it('name a warning out of range and send nothing', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    const warning = await screen.findByRole('spinbutton', { name: 'Warning before the end (minutes)' });
    await user.clear(warning);
    await user.type(warning, '45');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(warning.getAttribute('aria-invalid')).toBe('true'));
    expect(posted).toHaveLength(0);
  });
});
