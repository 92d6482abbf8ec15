import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { PairRoomPage } from '../../../client/features/pair-room/PairRoomPage.js';
import { initI18n } from '../../../client/i18n/index.js';

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => initI18n('en').changeLanguage('en'));
});

/** The session request answered with `status` and `body`. */
function serverAnswers(status: number, body: unknown): void {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

function renderPage(language: 'en' | 'es') {
  render(
    <I18nextProvider i18n={initI18n(language)}>
      <PairRoomPage workshopId="w-gone" />
    </I18nextProvider>,
  );
}

describe('PairRoomPage', () => {
  it('says a missing workshop in the person’s language, not the server’s English', async () => {
    serverAnswers(404, { error: 'No such workshop.' });
    renderPage('es');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No se pudo abrir la sala');
    expect(alert.textContent).toContain('Este taller o esta pareja ya no existe.');
    expect(alert.textContent).not.toContain('No such workshop.');
  });

  it('says a network failure plainly', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    renderPage('en');
    expect((await screen.findByRole('alert')).textContent).toContain('The server could not be reached.');
  });

  it('keeps the server’s words for a refusal it has no message for', async () => {
    serverAnswers(500, { error: 'The store is unavailable.' });
    renderPage('en');
    expect((await screen.findByRole('alert')).textContent).toContain('The store is unavailable.');
  });
});
