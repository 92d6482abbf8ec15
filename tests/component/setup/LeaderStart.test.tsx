import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../../client/features/home/HomePage.js';
import { listRememberedWorkshops, rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { renderAt } from '../leaderHarness.js';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('the start page for leaders', () => {
  it('links "New workshop" to the set-up', () => {
    renderAt('/', <HomePage />);
    expect(screen.getByRole('link', { name: 'New workshop' }).getAttribute('href')).toBe('/new');
    expect(screen.queryByTestId('remembered-workshops')).toBeNull();
  });

  it('lists the remembered workshops, newest first, to reopen without the key in the address', () => {
    rememberWorkshop({ id: 'w-old', key: 'a'.repeat(43), title: 'Fall workshop', created: 1_600_000_000_000 });
    rememberWorkshop({ id: 'w-new', key: 'b'.repeat(43), title: 'Spring workshop', created: 1_700_000_000_000 });
    renderAt('/', <HomePage />);
    const links = within(screen.getByTestId('remembered-workshops')).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Spring workshop', '/facilitate/w-new'],
      ['Fall workshop', '/facilitate/w-old'],
    ]);
  });

  it('forgets a workshop, and undoes that', async () => {
    const user = userEvent.setup();
    rememberWorkshop({ id: 'w-1', key: 'a'.repeat(43), title: 'Fall workshop', created: 1_600_000_000_000 });
    renderAt('/', <HomePage />);
    await user.click(screen.getByRole('button', { name: 'Forget Fall workshop' }));
    expect(listRememberedWorkshops()).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain('“Fall workshop” was forgotten on this browser.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(listRememberedWorkshops().map((w) => w.id)).toEqual(['w-1']);
    expect(screen.getByRole('link', { name: 'Fall workshop' })).toBeTruthy();
  });
});
