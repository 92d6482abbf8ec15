/**
 * The dashboard at a real workshop's size (issue 14): the pairs as a
 * compact table beside the cards, the leader's choice remembered, and a
 * "needs attention" filter (help, a broken rule, idle).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { PAIR_VIEW_STORAGE_KEY, resetDashboardStore } from '../../../client/features/dashboard/dashboardStore.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { KEY, WORKSHOP_ID, initFrame, planWith, renderAt, serve, summary } from '../leaderHarness.js';

afterEach(() => {
  cleanup();
  localStorage.removeItem(PAIR_VIEW_STORAGE_KEY);
  resetDashboardStore();
});

function openDashboard() {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'District workshop', created: 1 });
  return renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />);
}

const MINUTE = 60_000;
/** Thirty pairs: most drafting, one asking for help, one over the maximum, one idle. */
function thirtyPairs() {
  const now = Date.now();
  const everything = ['create-awareness-1', 'create-awareness-2', 'create-awareness-3', 'create-awareness-4', 'align-program-policy-1', 'align-program-policy-2', 'align-program-policy-3', 'align-program-policy-4', 'guide-learning-1', 'guide-learning-2', 'guide-learning-3', 'guide-learning-4', 'guide-learning-5', 'share-knowledge-1', 'share-knowledge-2'];
  return Array.from({ length: 30 }, (_, i) => {
    const n = i + 1;
    if (n === 7) return summary(n, planWith(['share-knowledge-2'], { help: { on: true, by: 'p-ben', name: 'Ben Adams', at: now } }), { present: ['Ben Adams'], lastChangeAt: now });
    if (n === 12) return summary(n, planWith(everything), { present: ['Ana Ruiz'], lastChangeAt: now });
    if (n === 20) return summary(n, planWith(['create-awareness-2']), { present: ['Tom Becker'], lastChangeAt: now - 10 * MINUTE });
    return summary(n, planWith(['create-awareness-1']), { present: [`Person ${n}`], lastChangeAt: now });
  });
}

describe('the pairs table', () => {
  it('shows every pair as one row with the card’s facts, and remembers the choice of view', async () => {
    const user = userEvent.setup();
    openDashboard();
    serve(initFrame(thirtyPairs()));
    await screen.findByTestId('pair-card-1');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByTestId('pairs-table');
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(screen.queryByTestId('pair-card-1')).toBeNull();
    const twelve = screen.getByTestId('pair-row-12');
    expect(twelve.textContent).toContain('15 of 14');
    expect(twelve.textContent).toContain('Over the maximum by 1');
    expect(screen.getByTestId('pair-row-7').textContent).toContain('Asked for help');
    expect(screen.getByTestId('pair-row-20').textContent).toContain('idle');
    expect(localStorage.getItem(PAIR_VIEW_STORAGE_KEY)).toBe('table');
    cleanup();
    resetDashboardStore();
    openDashboard();
    serve(initFrame(thirtyPairs()));
    expect(await screen.findByTestId('pairs-table')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('filters to the pairs that need attention: help, a broken rule, idle', async () => {
    const user = userEvent.setup();
    openDashboard();
    serve(initFrame(thirtyPairs()));
    await screen.findByTestId('pair-card-1');
    await user.click(screen.getByRole('button', { name: /^Needs attention/ }));
    const shown = screen.queryAllByTestId(/^pair-card-\d+$/).map((el) => el.getAttribute('data-testid'));
    expect(shown).toEqual(['pair-card-7', 'pair-card-12', 'pair-card-20']);
    expect(screen.getByRole('button', { name: /^Needs attention/ }).textContent).toContain('3');
  });
});
