/**
 * The dashboard's Session panel and the pair cards' Move… control (issue
 * 14), on the real dashboard over a fake stream: what each control posts,
 * the new title, rules and roster arriving through the stream, and the
 * words in English and Spanish.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { KEY, LIST, WORKSHOP_ID, initFrame, live, renderAt, serve, summary } from '../leaderHarness.js';

const requests: { url: string; body: unknown; auth: string | null }[] = [];
beforeEach(() => {
  requests.length = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    requests.push({ url, body: init.body ? JSON.parse(String(init.body)) : undefined, auth: new Headers(init.headers).get('authorization') });
    return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
  });
});

function open(language: 'en' | 'es' = 'en') {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />, language);
  return serve(initFrame([summary(1, undefined, { members: ['Ana Ruiz', 'Ben Ode'], present: ['Ana Ruiz'] }), summary(2)]));
}

describe('SessionPanel', () => {
  it('renames, changes the rules and adds pairs with the key', async () => {
    const user = userEvent.setup();
    open();
    const panel = await screen.findByTestId('session-panel');
    const title = within(panel).getByLabelText('Workshop title');
    await user.clear(title);
    await user.type(title, 'Afternoon');
    await user.click(within(panel).getByRole('button', { name: 'Rename' }));
    const max = within(panel).getByLabelText(/^At most in total/);
    await user.clear(max);
    await user.type(max, '12');
    await user.click(within(panel).getByRole('button', { name: 'Change rules' }));
    await user.click(within(panel).getByRole('button', { name: 'Add pairs' }));
    await waitFor(() => expect(requests).toHaveLength(3));
    expect(requests.map((r) => [r.url, r.body])).toEqual([
      [`/api/workshops/${WORKSHOP_ID}/rename`, { title: 'Afternoon' }],
      [`/api/workshops/${WORKSHOP_ID}/rules`, { ...LIST.rules, maxTotal: 12 }],
      [`/api/workshops/${WORKSHOP_ID}/add-pairs`, { count: 1 }],
    ]);
    expect(requests.every((r) => r.auth === `Bearer ${KEY}`)).toBe(true);
    await waitFor(() => expect(within(panel).getAllByText('Saved.')).toHaveLength(3));
  });

  it('sends nothing for rules that are not numbers in their bounds', async () => {
    const user = userEvent.setup();
    open();
    const panel = await screen.findByTestId('session-panel');
    const max = within(panel).getByLabelText(/^At most in total/);
    await user.clear(max);
    await user.type(max, '0');
    await user.click(within(panel).getByRole('button', { name: 'Change rules' }));
    expect(requests).toEqual([]);
  });

  it('shows the title, rules and pairs the stream brings', async () => {
    const socket = open();
    await screen.findByTestId('session-panel');
    socket.receive({ t: 'live', live: { ...live(), settings: { title: 'Renamed', rules: { ...LIST.rules, maxTotal: 12 }, pairCount: 3 } }, serverNow: Date.now() });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Renamed'));
    socket.receive({ t: 'roster', pairs: [{ n: 1, members: [] }, { n: 2, members: [] }, { n: 3, members: [] }] });
    await waitFor(() => expect(screen.getByTestId('session-pair-count').textContent).toBe('This workshop has 3 pairs.'));
  });

  it('speaks Spanish', async () => {
    open('es');
    const panel = await screen.findByTestId('session-panel');
    expect(within(panel).getByRole('heading', { name: 'Sesión' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Añadir parejas' })).toBeTruthy();
    expect(within(screen.getByTestId('pair-card-1')).getByText('Mover…')).toBeTruthy();
  });
});

describe('MoveControl', () => {
  it("lists the pair's people and the other pairs, and posts the move", async () => {
    const user = userEvent.setup();
    open();
    const card = await screen.findByTestId('pair-card-1');
    await user.click(within(card).getByText('Move…'));
    const person = within(card).getByLabelText('Person');
    expect([...person.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['Ana Ruiz', 'Ben Ode']);
    expect([...within(card).getByLabelText('To pair').querySelectorAll('option')].map((o) => o.textContent)).toEqual(['2']);
    await user.selectOptions(person, 'Ben Ode');
    await user.click(within(card).getByRole('button', { name: 'Move' }));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ url: `/api/workshops/${WORKSHOP_ID}/move`, body: { name: 'Ben Ode', from: 1, to: 2 } }));
    await waitFor(() => expect(within(card).getByText('Ben Ode is now in pair 2.')).toBeTruthy());
  });

  it('says so when nobody is in the pair', async () => {
    const user = userEvent.setup();
    open();
    const card = await screen.findByTestId('pair-card-2');
    await user.click(within(card).getByText('Move…'));
    expect(within(card).getByText('Nobody has joined this pair yet.')).toBeTruthy();
  });
});
