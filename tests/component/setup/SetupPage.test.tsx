import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { initI18n } from '../../../client/i18n/index.js';
import userEvent from '@testing-library/user-event';
import { SetupPage } from '../../../client/features/setup/SetupPage.js';
import { WORKSHOPS_STORAGE_KEY } from '../../../client/features/leader/rememberedWorkshops.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { pairRoster, shuffle } from '../../../shared/roster/pairRoster.js';
import { renderAt } from '../leaderHarness.js';

const KEY = 'F'.repeat(43);
const CREATED = {
  id: 'w-new1',
  joinCode: 'K7M2QX',
  joinUrl: 'http://localhost/j/K7M2QX',
  facilitatorUrl: `http://localhost/facilitate/w-new1#key=${KEY}`,
  facilitatorKey: KEY,
};

/** The server at the fetch boundary: the lists, and what was posted to create a workshop. */
const posted: Record<string, any>[] = [];
let createAnswer: { status: number; body: unknown } = { status: 201, body: CREATED };
beforeEach(() => {
  posted.length = 0;
  createAnswer = { status: 201, body: CREATED };
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/lists') return json(200, BUILT_IN_LISTS);
    if (url === '/api/workshops' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return json(createAnswer.status, createAnswer.body);
    }
    return json(404, { error: 'not found' });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const ROSTER = ['Ana Ruiz, ana@example.org', 'Maria Lopez, maria@example.org', 'James Carter', 'Linh Nguyen <linh@example.org>', 'Zoe Park'];

async function openWithRoster(lines: readonly string[] = ROSTER) {
  const user = userEvent.setup();
  renderAt('/new', <SetupPage />);
  await user.click(await screen.findByRole('radio', { name: 'A roster of names' }));
  const roster = screen.getByRole('textbox', { name: /Roster: one person per line/ });
  await user.click(roster);
  await user.paste(lines.join('\n'));
  return user;
}

const membersOf = (n: number): string[] =>
  within(screen.getByTestId(`roster-pair-${n}`))
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('.roster-name')?.firstChild?.textContent ?? '');

describe('SetupPage', () => {
  it('offers the five built-in lists and the leader’s own, the Essential List first with its rules', async () => {
    renderAt('/new', <SetupPage />);
    const group = await screen.findByRole('group', { name: 'Activity list' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(6);
    expect((radios[0] as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Maximum in total' }) as HTMLInputElement).value).toBe('14');
    expect((screen.getByRole('spinbutton', { name: 'Minimum per strategy' }) as HTMLInputElement).value).toBe('1');
    expect((screen.getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement).value).toBe('20');
  });

  it('names the built-in lists in the leader’s language, where a list has a translation', async () => {
    renderAt('/new', <SetupPage />, 'es');
    const group = await screen.findByRole('group', { name: 'Lista de actividades' });
    const titles = within(group).getAllByRole('radio').map((r) => r.closest('label')?.querySelector('.choice-title'));
    expect(titles[0]?.textContent).toBe('Lista de lo más esencial 2020-21');
    expect(titles[0]?.getAttribute('lang')).toBe('es');
    expect(within(group).queryByText('Most Essential List 2020-21')).toBeNull();
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('takes the rules and mode from the chosen list, and the mode’s defaults when the mode changes', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('radio', { name: /District Facilitation Inventory/ }));
    expect((screen.getByRole('radio', { name: /^Inventory/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Maximum in total' }) as HTMLInputElement).value).toBe('');
    // The inventory's document gives no time: no clock unless the leader sets one.
    expect((screen.getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement).value).toBe('');
    await user.click(screen.getByRole('radio', { name: /^Choose/ }));
    expect((screen.getByRole('spinbutton', { name: 'Minimum per strategy' }) as HTMLInputElement).value).toBe('1');
    expect((screen.getByRole('spinbutton', { name: 'Minutes' }) as HTMLInputElement).value).toBe('20');
  });

  it('creates an inventory workshop without a clock, or with the minutes the leader types', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('radio', { name: /District Facilitation Inventory/ }));
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0].rules).toEqual({ minPerStrategy: 0, maxTotal: null, minutes: null });
  });

  it('pairs a pasted roster in order, an odd count making one trio', async () => {
    await openWithRoster();
    expect(screen.getByRole('heading', { name: '2 pairs' })).toBeTruthy();
    expect(membersOf(1)).toEqual(['Ana Ruiz', 'Maria Lopez']);
    expect(membersOf(2)).toEqual(['James Carter', 'Linh Nguyen', 'Zoe Park']);
    expect(screen.getByTestId('roster-summary').textContent).toBe('5 people in 2 pairs · 1 trio');
  });

  it('names the roster lines that need fixing', async () => {
    await openWithRoster(['Ana Ruiz', 'Maria Lopez, not-an-email', '', 'a, b@c.org, d']);
    const errors = screen.getByTestId('roster-errors');
    expect(errors.textContent).toContain('Line 2: "not-an-email" is not an e-mail address');
    expect(errors.textContent).toContain('Line 4: expected a name and at most one e-mail');
    expect(screen.queryByTestId('roster-pair-1')).toBeNull();
  });

  it('moves a person to another pair with a select, focus following them, and announces it', async () => {
    const user = await openWithRoster();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pair of Zoe Park' }), 'Pair 1');
    expect(membersOf(1)).toEqual(['Ana Ruiz', 'Maria Lopez', 'Zoe Park']);
    expect(membersOf(2)).toEqual(['James Carter', 'Linh Nguyen']);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Pair of Zoe Park' }));
    expect(screen.getByText('Zoe Park moved to pair 1.').getAttribute('role')).toBe('status');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pair of Ana Ruiz' }), 'A new pair');
    expect(membersOf(3)).toEqual(['Ana Ruiz']);
  });

  it('reshuffles everyone at random (the same people, new pairs)', async () => {
    const user = await openWithRoster();
    vi.spyOn(Math, 'random').mockReturnValue(0.42);
    await user.click(screen.getByRole('button', { name: 'Reshuffle' }));
    const people = ['Ana Ruiz', 'Maria Lopez', 'James Carter', 'Linh Nguyen', 'Zoe Park'].map((name) => ({ name }));
    const expected = pairRoster(shuffle(people, Math.floor(0.42 * 2 ** 31))).map((p) => p.members.map((m) => m.name));
    expect([membersOf(1), membersOf(2)]).toEqual(expected);
    expect([...membersOf(1), ...membersOf(2)].sort()).toEqual(people.map((p) => p.name).sort());
  });

  it('shows the import error naming the line and creates nothing', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('radio', { name: /Our own list/ }));
    const file = new File(['strategy,activity\nCreate awareness,Meet the superintendent\nCreate awareness,\n'], 'our-list.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV or JSON file with the list'), file);
    const error = await screen.findByTestId('list-import-error');
    expect(error.textContent).toContain('our-list.csv could not be used: Line 3: the activity is empty.');
    expect(error.closest('[role="alert"]')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(posted).toEqual([]);
    expect(document.activeElement).toBe(screen.getByLabelText('CSV or JSON file with the list'));
  });

  it('sends an imported list with the mode and the rules', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('radio', { name: /Our own list/ }));
    const csv = 'strategy,activity,description\nReach out,Call every family,Talk first\nReach out,Host a picnic,\nCelebrate,Send thank-you notes,\n';
    await user.upload(screen.getByLabelText('CSV or JSON file with the list'), new File([csv], 'family-week.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('list-import-ok')).textContent).toContain('2 strategies and 3 activities');
    await user.clear(screen.getByRole('spinbutton', { name: 'Number of pairs' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Number of pairs' }), '4');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]).toEqual({
      list: {
        title: 'family week',
        mode: 'choose',
        source: 'Imported from CSV (family-week.csv) by the workshop leader',
        strategies: [
          { title: 'Reach out', description: 'Talk first', activities: ['Call every family', 'Host a picnic'] },
          { title: 'Celebrate', description: '', activities: ['Send thank-you notes'] },
        ],
      },
      mode: 'choose',
      rules: { minPerStrategy: 1, maxTotal: null, minutes: 20 },
      pairs: 4,
      // The browser's time zone, where the exports will print times (issue 15).
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  });

  it('refuses rules out of range by field, focusing the first one', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    const minutes = await screen.findByRole('spinbutton', { name: 'Minutes' });
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    expect(posted).toEqual([]);
    expect(document.activeElement).toBe(minutes);
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type a whole number from 1 to 240.')).toBeTruthy();
  });

  it('creates from a roster with each person’s pair, then shows the links, the QR code and the Zoom CSV, and remembers the workshop', async () => {
    const user = await openWithRoster();
    await user.type(screen.getByRole('textbox', { name: 'Workshop title' }), 'Spring workshop');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Pair of Zoe Park' }), 'Pair 1');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await screen.findByRole('heading', { level: 1, name: '“Spring workshop” is ready' });
    expect(posted[0].title).toBe('Spring workshop');
    expect(posted[0].listId).toBe('essential-2020-21');
    expect(posted[0].roster).toEqual([
      { name: 'Ana Ruiz', email: 'ana@example.org', pair: 1 },
      { name: 'Maria Lopez', email: 'maria@example.org', pair: 1 },
      { name: 'Zoe Park', pair: 1 },
      { name: 'James Carter', pair: 2 },
      { name: 'Linh Nguyen', email: 'linh@example.org', pair: 2 },
    ]);
    const leaderUrl = (screen.getByRole('textbox', { name: 'Facilitator link' }) as HTMLInputElement).value;
    expect(new URL(leaderUrl).hash).toBe(`#key=${KEY}`);
    expect(new URL(leaderUrl).search).toBe('');
    expect((screen.getByRole('textbox', { name: 'Join link' }) as HTMLInputElement).value).toBe('http://localhost/j/K7M2QX');
    expect(screen.getByTestId('join-code').textContent).toBe('K7M 2QX');
    expect(screen.getByRole('img', { name: 'QR code of the join link http://localhost/j/K7M2QX' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy facilitator link' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download Zoom CSV' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the dashboard' }).getAttribute('href')).toBe('/facilitate/w-new1');
    const remembered = JSON.parse(localStorage.getItem(WORKSHOPS_STORAGE_KEY) ?? '[]');
    expect(remembered).toMatchObject([{ id: 'w-new1', title: 'Spring workshop', key: KEY }]);
  });

  it('shows the server’s reason when it refuses, and keeps the form', async () => {
    createAnswer = { status: 400, body: { error: 'rules.minutes must be at most 240' } };
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('button', { name: 'Create workshop' }));
    expect((await screen.findByRole('alert', {}, { timeout: 2000 })).textContent).toContain('The workshop was not created: rules.minutes must be at most 240');
    expect(screen.getByRole('button', { name: 'Create workshop' })).toBeTruthy();
  });
});
