/**
 * An own list imported from CSV on the set-up screen keeps its Spanish
 * columns and says what it was imported from (issue 12): the body the screen
 * posts goes through the server's own set-up code, and the pair room made
 * from the stored list speaks Spanish with the file's Spanish texts.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PairRoom } from '../../../client/features/pair-room/PairRoom.js';
import { SetupPage } from '../../../client/features/setup/SetupPage.js';
import { initI18n } from '../../../client/i18n/index.js';
import { createWorkshopBody } from '../../../shared/protocol/bodies.js';
import { resolveWorkshopSetup } from '../../../server/http/workshopSetup.js';
import { BUILT_IN_LISTS } from '../../../shared/lists/index.js';
import { renderAt } from '../leaderHarness.js';
import { ANA, createRoom, renderInRoom } from '../roomHarness.js';

const CSV = [
  'strategy,activity,description,strategy_es,activity_es,description_es',
  'Reach out,Call every family,Talk first,Acercarse,Llamar a cada familia,Hablar primero',
  'Reach out,Host a picnic,,,Organizar un pícnic,',
  'Celebrate,Send thank-you notes,,Celebrar,Enviar notas de agradecimiento,',
].join('\n');

const posted: unknown[] = [];
beforeEach(() => {
  posted.length = 0;
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/lists') return json(200, BUILT_IN_LISTS);
    if (url === '/api/workshops' && init?.method === 'POST') {
      posted.push(JSON.parse(String(init.body)));
      return json(201, { id: 'w-new', joinCode: 'K7M2QX', joinUrl: 'http://localhost/j/K7M2QX', facilitatorUrl: 'http://localhost/facilitate/w-new#key=k', facilitatorKey: 'k' });
    }
    return json(404, { error: 'not found' });
  });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => initI18n('en').changeLanguage('en'));
});

describe('an own list imported from CSV on the set-up screen', () => {
  it('keeps its Spanish columns through the server, names its file, and the Spanish room shows them', async () => {
    const user = userEvent.setup();
    renderAt('/new', <SetupPage />);
    await user.click(await screen.findByRole('radio', { name: /Our own list/ }));
    await user.upload(screen.getByLabelText('CSV or JSON file with the list'), new File([CSV], 'semana-familias.csv', { type: 'text/csv' }));
    await screen.findByTestId('list-import-ok');
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    cleanup();

    // What the server stores, by its own code.
    const { list, rules } = resolveWorkshopSetup(createWorkshopBody.parse(posted[0]));
    expect(list.source).toBe('Imported from CSV (semana-familias.csv) by the workshop leader');
    expect(list.translations?.es?.activities).toEqual({ 's1-1': 'Llamar a cada familia', 's1-2': 'Organizar un pícnic', 's2-1': 'Enviar notas de agradecimiento' });

    const room = createRoom({ list, rules });
    const session = { workshopId: 'w-new', pair: 1, participantId: ANA.id, name: ANA.name };
    renderInRoom(<PairRoom connection={room.connection} session={session} workshop={{ id: 'w-new', title: 'Semana', joinCode: 'K7M2QX', list, rules, pairCount: 1 }} />, room);
    await act(() => initI18n('es').changeLanguage('es'));
    expect(screen.getByRole('heading', { level: 2, name: 'Acercarse' })).toBeTruthy();
    expect(screen.getByText('Hablar primero')).toBeTruthy();
    for (const text of ['Llamar a cada familia', 'Organizar un pícnic', 'Enviar notas de agradecimiento']) {
      expect(screen.getByRole('checkbox', { name: text })).toBeTruthy();
    }
    expect(screen.queryByText('Call every family')).toBeNull();
    expect(screen.getByTestId('list-source').textContent).toBe('Imported from CSV (semana-familias.csv) by the workshop leader');
  });
});
