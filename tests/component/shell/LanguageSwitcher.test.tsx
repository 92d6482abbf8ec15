import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { LanguageSwitcher } from '../../../client/features/shell/LanguageSwitcher.js';
import { LANGUAGE_STORAGE_KEY, detectLanguage, initI18n } from '../../../client/i18n/index.js';

beforeEach(() => localStorage.clear());
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
  await act(() => initI18n('en').changeLanguage('en'));
});

describe('detectLanguage', () => {
  it('defaults to the browser’s language', () => {
    vi.stubGlobal('navigator', { language: 'es-MX' });
    expect(detectLanguage()).toBe('es');
    vi.stubGlobal('navigator', { language: 'fr-FR' });
    expect(detectLanguage()).toBe('en');
  });

  it('prefers the language the person chose before', () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'es');
    expect(detectLanguage()).toBe('es');
  });
});

describe('LanguageSwitcher', () => {
  it('switches the interface and <html lang>, remembers the choice, and says which is on', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={initI18n('en')}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );
    expect(document.documentElement.lang).toBe('en');
    const spanish = screen.getByRole('button', { name: 'Español' });
    expect(spanish.getAttribute('lang')).toBe('es');
    expect(spanish.getAttribute('aria-pressed')).toBe('false');
    await user.click(spanish);
    expect(document.documentElement.lang).toBe('es');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('es');
    expect(screen.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('navigation', { name: 'Idioma' })).toBeTruthy();
  });
});
