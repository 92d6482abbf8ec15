/**
 * Where the leader downloads the Zoom pre-assignment CSV (the set-up's
 * result), the screen says how many roster members the file leaves out for
 * having no e-mail, and who, with their room (issue 14).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { SetupResult } from '../../../client/features/setup/SetupResult.js';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import { renderAt } from '../leaderHarness.js';

afterEach(cleanup);

const created = { id: 'w-zoom', joinCode: 'K7M2QX', joinUrl: 'http://localhost/j/K7M2QX', facilitatorUrl: 'http://localhost/facilitate/w-zoom#key=abc', facilitatorKey: 'abc' };

describe('the Zoom CSV on the set-up result', () => {
  it('names the roster members without an e-mail, and their rooms', () => {
    const pairs: RosterPair[] = [
      { n: 1, members: [{ name: 'Ana Ruiz', email: 'ana@example.org' }, { name: 'Zoe Park' }] },
      { n: 2, members: [{ name: 'James Carter' }, { name: 'Linh Nguyen', email: 'linh@example.org' }] },
    ];
    renderAt('/new', <SetupResult created={created} title="Spring" pairs={pairs} />);
    expect(screen.getByRole('button', { name: 'Download Zoom CSV' })).toBeTruthy();
    const left = screen.getByTestId('zoom-left-out');
    expect(left.textContent).toContain('2 roster members are not in the Zoom file (no e-mail)');
    expect(within(left).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Zoe Park — Room 1', 'James Carter — Room 2']);
  });

  it('says so when everyone is in the file', () => {
    renderAt('/new', <SetupResult created={created} title="Spring" pairs={[{ n: 1, members: [{ name: 'Ana Ruiz', email: 'ana@example.org' }] }]} />);
    expect(screen.getByTestId('zoom-left-out').textContent).toBe('Every roster member is in the Zoom file.');
  });
});
