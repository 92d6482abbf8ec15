/**
 * Issue 14 on the dashboard (brief "live"): a help request with its age and
 * the leader's two answers, a message to one pair from its card and its
 * table row, the messages sent, the time's-up settings, and at zero the
 * automatic lock's countdown with "Lock the plans now".
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { KEY, WORKSHOP_ID, initFrame, live, planWith, renderAt, serve, summary } from '../leaderHarness.js';

const requests: { url: string; body: unknown }[] = [];
beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

const MINUTE = 60_000;
const helpAt = (at: number, ackAt?: number) => ({ on: true, by: 'p-ben', name: 'Ben Adams', at, ...(ackAt !== undefined ? { ackAt } : {}) });

function openDashboard(frame: ReturnType<typeof initFrame>) {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
  return serve(frame);
}

describe('a help request on the dashboard', () => {
  it('says how long ago it was asked, and answers "On my way" or clears it', async () => {
    const user = userEvent.setup();
    openDashboard(initFrame([summary(1), summary(2, planWith(['create-awareness-1'], { help: helpAt(Date.now() - 2 * MINUTE - 5_000) }), { present: ['Ben Adams'] })]));
    const request = await screen.findByTestId('help-request-2');
    expect(request.textContent?.trim()).toMatch(/^Asked for help · 2 min ago/);
    expect(screen.queryByTestId('help-request-1')).toBeNull();
    await user.click(within(request).getByRole('button', { name: 'Answer pair 2: on my way' }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/help`, body: { pair: 2, answer: 'acknowledge' } }));
    await user.click(within(request).getByRole('button', { name: "Clear pair 2's help request" }));
    await waitFor(() => expect(requests.at(-1)?.body).toEqual({ pair: 2, answer: 'clear' }));
  });

  it('shows an answered request as "On my way" with the time, and only Clear', async () => {
    openDashboard(initFrame([summary(3, planWith([], { help: helpAt(Date.now() - MINUTE, Date.now()) }))]));
    const request = await screen.findByTestId('help-request-3');
    expect(request.textContent).toMatch(/On my way \(answered \d{1,2}:\d{2}/);
    expect(within(request).queryByRole('button', { name: /on my way/ })).toBeNull();
    expect(within(request).getByRole('button', { name: "Clear pair 3's help request" })).toBeTruthy();
  });
});

describe('PairMessageForm', () => {
  it('sends a message to one pair from its card, and from its table row', async () => {
    const user = userEvent.setup();
    openDashboard(initFrame([summary(1), summary(2)]));
    await user.click(await screen.findByRole('button', { name: 'Message pair 2' }));
    await user.type(screen.getByRole('textbox', { name: 'Message to pair 2' }), 'Come to the main room');
    await user.click(screen.getByRole('button', { name: 'Send to pair 2' }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/broadcast`, body: { message: 'Come to the main room', pair: 2 } }));
    expect(await screen.findByText('Sent to pair 2.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const row = screen.getByTestId('pair-row-1');
    await user.click(within(row).getByRole('button', { name: 'Message pair 1' }));
    await user.type(within(row).getByRole('textbox', { name: 'Message to pair 1' }), 'Hello 1{Enter}');
    await waitFor(() => expect(requests.at(-1)?.body).toEqual({ message: 'Hello 1', pair: 1 }));
  });
});

describe('the messages sent', () => {
  it('are listed newest first, each to all pairs or to one', async () => {
    openDashboard(initFrame([summary(1), summary(2)], { live: { ...live(), messages: [{ id: 'a', text: 'Welcome', at: 1 }, { id: 'b', text: 'Check the rules', at: 2, pair: 2 }] } as never }));
    const history = await screen.findByTestId('message-history');
    expect([...history.querySelectorAll('li')].map((li) => li.textContent?.replace(/^.*? · /, ''))).toEqual(['Pair 2 Check the rules', 'All pairs Welcome']);
  });
});

describe("time's up on the dashboard", () => {
  it('changes the warning and the automatic lock while the workshop runs', async () => {
    const user = userEvent.setup();
    openDashboard(initFrame([summary(1)], { live: live({ warningMs: 120_000, autoLock: false }) }));
    await user.click(await screen.findByText("Time's up: warning 2 min before the end · no automatic lock"));
    const warning = screen.getByRole('spinbutton', { name: 'Warning before the end (minutes)' });
    expect((warning as HTMLInputElement).value).toBe('2');
    await user.clear(warning);
    await user.type(warning, '5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/timesUp`, body: { warningMinutes: 5 } }));
    const lock = screen.getByRole('checkbox', { name: "Lock every plan automatically at time's up" }) as HTMLInputElement;
    await user.click(lock);
    await waitFor(() => expect(requests.at(-1)?.body).toEqual({ autoLock: true }));
    // The box shows the choice at once, before the workshop's live state says so.
    expect(lock.checked).toBe(true);
  });

  it('puts the automatic lock back as it was when the server refuses the change, and says why', async () => {
    const user = userEvent.setup();
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'The workshop is busy.' }), { status: 503, headers: { 'content-type': 'application/json' } }));
    openDashboard(initFrame([summary(1)], { live: live({ warningMs: 120_000, autoLock: false }) }));
    await user.click(await screen.findByText("Time's up: warning 2 min before the end · no automatic lock"));
    const lock = screen.getByRole('checkbox', { name: "Lock every plan automatically at time's up" }) as HTMLInputElement;
    await user.click(lock);
    await waitFor(() => expect(lock.checked).toBe(false));
    const settings = lock.closest('details')!;
    await waitFor(() => expect(within(settings as HTMLElement).getByRole('alert').textContent).toContain('The workshop is busy.'));
  });

  it('at zero asks "Need more time?", counts down to the automatic lock and offers to lock now', async () => {
    const user = userEvent.setup();
    const ended = { status: 'ended' as const, durationMs: 20 * MINUTE, endsAt: null, remainingMs: 0 };
    openDashboard(initFrame([summary(1)], { live: live({ clock: ended, autoLock: true, autoLockAt: Date.now() + 25_000 }) }));
    const prompt = await screen.findByTestId('times-up-prompt');
    expect(prompt.textContent).toMatch(/Need more time\?.*Plans lock automatically in 0:2[45]\./);
    expect(screen.getByRole('button', { name: '+2 min' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '+5 min' })).toBeTruthy();
    await user.click(within(prompt).getByRole('button', { name: 'Lock the plans now' }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ url: `/api/workshops/${WORKSHOP_ID}/lock`, body: {} }));
  });
});
