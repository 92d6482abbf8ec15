import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { JoinPage } from '../../../client/features/join/JoinPage.js';
import { HomePage } from '../../../client/features/home/HomePage.js';
import { NAME_STORAGE_KEY } from '../../../client/features/join/rememberedName.js';
import { initI18n } from '../../../client/i18n/index.js';

const INFO = {
  workshopId: 'w-123',
  title: 'Fall leadership workshop',
  listTitle: 'Partner ZOOM Activity 2',
  mode: 'choose',
  pairs: [
    { n: 1, members: ['Ana Ruiz', 'Maria Lopez'] },
    { n: 2, members: [] },
    { n: 3, members: [] },
  ],
};

/** The server, at the fetch boundary: answers by path; records what was posted. */
const posted: unknown[] = [];
let joinInfo: object = INFO;
let joinAnswer: { status: number; body: unknown } = { status: 200, body: { workshopId: 'w-123', pair: 2, participantId: 'p1', name: 'Ana Ruiz' } };
beforeEach(() => {
  posted.length = 0;
  localStorage.clear();
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/join/K7M2QX') return json(200, joinInfo);
    if (url.startsWith('/api/join/')) return json(404, { error: 'No workshop has this code. Check the code the leader shared.' });
    if (url === '/api/join' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return json(joinAnswer.status, joinAnswer.body);
    }
    return json(404, { error: 'not found' });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  joinInfo = INFO;
  joinAnswer = { status: 200, body: { workshopId: 'w-123', pair: 2, participantId: 'p1', name: 'Ana Ruiz' } };
});

function renderAt(path: string, ui: ReactNode) {
  const [pathname, search = ''] = path.split('?');
  const location = memoryLocation({ path: pathname, searchPath: search, record: true });
  render(
    <I18nextProvider i18n={initI18n('en')}>
      <Router hook={location.hook} searchHook={location.searchHook}>
        {ui}
      </Router>
    </I18nextProvider>,
  );
  return location;
}

describe('JoinPage', () => {
  it('joins with a name and a pair, remembers the name, and opens the room', async () => {
    const user = userEvent.setup();
    const location = renderAt('/j/K7M2QX', <JoinPage code="k7m-2qx" />);
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Ana Ruiz');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your pair (breakout room number)' }), 'Pair 2');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await vi.waitFor(() => expect(location.history.at(-1)).toBe('/w/w-123'));
    expect(posted).toEqual([{ code: 'K7M2QX', name: 'Ana Ruiz', pair: 2 }]);
    // Choosing in the select keeps the select (keyboard users step through it with the arrows).
    expect(screen.queryByTestId('pair-given')).toBeNull();
    expect(localStorage.getItem(NAME_STORAGE_KEY)).toBe('Ana Ruiz');
  });

  it('names the activity list in the person’s language when the list has it, else in its own (with its lang)', async () => {
    renderAt('/j/K7M2QX', <JoinPage code="K7M2QX" />);
    const line = await screen.findByText('Activity:', { exact: false });
    expect(line.textContent).toBe('Activity: Partner ZOOM Activity 2');
    expect(line.querySelector('span')?.getAttribute('lang')).toBe('en');
    await act(() => initI18n('es').changeLanguage('es'));
    expect(line.textContent).toBe('Actividad: Partner ZOOM Activity 2');
    expect(line.querySelector('span')?.getAttribute('lang')).toBe('en');
    cleanup();
    joinInfo = { ...INFO, listLang: 'en', listTitles: { en: 'Partner ZOOM Activity 2', es: 'Actividad 2 en pareja por ZOOM' } };
    render(
      <I18nextProvider i18n={initI18n('es')}>
        <JoinPage code="K7M2QX" />
      </I18nextProvider>,
    );
    const spanish = await screen.findByText('Actividad 2 en pareja por ZOOM');
    expect(spanish.getAttribute('lang')).toBe('es');
    expect(spanish.parentElement?.textContent).toBe('Actividad: Actividad 2 en pareja por ZOOM');
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('prefills the remembered name and the pair from ?pair=', async () => {
    localStorage.setItem(NAME_STORAGE_KEY, 'Maria Lopez');
    renderAt('/j/K7M2QX?pair=3', <JoinPage code="K7M2QX" />);
    expect(((await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement).value).toBe('Maria Lopez');
    expect(screen.getByTestId('pair-given').textContent).toContain('You are in pair 3.');
  });

  it('shows the roster’s names per pair', async () => {
    renderAt('/j/K7M2QX', <JoinPage code="K7M2QX" />);
    expect(await screen.findByRole('option', { name: 'Pair 1: Ana Ruiz, Maria Lopez' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'I am on the list: find my pair by my name' })).toBeTruthy();
  });

  it('shows who joined each pair so far without a roster, and offers no roster lookup (issue 18)', async () => {
    joinInfo = { ...INFO, pairs: [{ n: 1, members: [], joined: ['Ana Ruiz'] }, { n: 2, members: [], joined: [] }] };
    renderAt('/j/K7M2QX', <JoinPage code="K7M2QX" />);
    expect(await screen.findByRole('option', { name: 'Pair 1: Ana Ruiz' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Pair 2' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'I am on the list: find my pair by my name' })).toBeNull();
    joinInfo = INFO;
  });

  it('asks for a name before joining', async () => {
    const user = userEvent.setup();
    renderAt('/j/K7M2QX?pair=1', <JoinPage code="K7M2QX" />);
    await user.click(await screen.findByRole('button', { name: 'Join' }));
    expect(posted).toEqual([]);
    const name = screen.getByRole('textbox', { name: 'Your name' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type your name to join.')).toBeTruthy();
    expect(document.activeElement).toBe(name);
  });

  it('shows the server’s message when the join is refused', async () => {
    const user = userEvent.setup();
    joinAnswer = { status: 400, body: { error: 'pair must be a pair of this workshop (1 to 3).' } };
    renderAt('/j/K7M2QX?pair=1', <JoinPage code="K7M2QX" />);
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByRole('alert')).textContent).toContain('pair must be a pair of this workshop (1 to 3).');
  });

  it('says in the person’s words when a name is not on the roster or there were too many tries', async () => {
    const user = userEvent.setup();
    joinAnswer = { status: 400, body: { error: 'pair is required: choose your pair (breakout room) number.' } };
    renderAt('/j/K7M2QX', <JoinPage code="K7M2QX" />);
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Zoe');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your pair (breakout room number)' }), 'I am on the list: find my pair by my name');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your name is not on the workshop list. Choose your pair (breakout room) number instead.');
    joinAnswer = { status: 429, body: { error: 'Too many requests; wait a minute and try again.' } };
    await act(() => initI18n('es').changeLanguage('es'));
    await user.click(screen.getByRole('button', { name: 'Unirse' }));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Demasiados intentos desde esta red. Espere un minuto e inténtelo de nuevo.'));
    await act(() => initI18n('en').changeLanguage('en'));
  });

  it('says when no workshop has the code', async () => {
    renderAt('/j/ZZZZZZ', <JoinPage code="ZZZZZZ" />);
    expect((await screen.findByRole('alert')).textContent).toContain('No workshop has this code.');
  });
});

describe('HomePage', () => {
  it('normalises a typed code and goes to its join page', async () => {
    const user = userEvent.setup();
    const location = renderAt('/', <HomePage />);
    await user.type(screen.getByRole('textbox', { name: 'Join code' }), 'k7m 2qx{Enter}');
    expect(location.history.at(-1)).toBe('/j/K7M2QX');
  });

  it('explains what a code looks like when the typed one cannot be', async () => {
    const user = userEvent.setup();
    renderAt('/', <HomePage />);
    await user.type(screen.getByRole('textbox', { name: 'Join code' }), 'hello{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('A join code has 6 letters and numbers');
  });
});
