/**
 * Where the leader downloads the Zoom pre-assignment CSV (the set-up's
 * result and the dashboard's downloads), the screen says how many roster members the file leaves out for
 * having no e-mail, and who, with their room (issue 14).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { SetupResult } from '../../../client/features/setup/SetupResult.js';
import type { RosterPair } from '../../../shared/roster/pairRoster.js';
import { KEY, WORKSHOP_ID, initFrame, renderAt, serve, summary } from '../leaderHarness.js';

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

describe('the Zoom CSV among the dashboard’s downloads', () => {
  it('names the roster members the file leaves out', async () => {
    rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
    renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
    const frame = initFrame([summary(1, undefined, { members: ['Ana Ruiz', 'Zoe Park'] }), summary(2, undefined, { members: ['James Carter'] })]);
    const pairs = frame.workshop.pairs as { n: number; members: { name: string; email?: string }[] }[];
    pairs[0].members[1] = { name: 'Zoe Park' };
    pairs[1].members[0] = { name: 'James Carter' };
    serve(frame);
    const left = await screen.findByTestId('zoom-left-out');
    expect(left.textContent).toContain('2 roster members are not in the Zoom file (no e-mail)');
    expect(within(left).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Zoe Park — Room 1', 'James Carter — Room 2']);
  });
});
