import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { comparedPairs, togglePicked } from '../../../client/features/projector/CompareView.js';
import { ProjectorPage } from '../../../client/features/projector/ProjectorPage.js';
import { consensusShareKey } from '../../../client/features/projector/useConsensusShare.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { KEY, LIST, WORKSHOP_ID, initFrame, planWith, renderAt, serve, summary } from '../leaderHarness.js';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

function openProjector(frame: ReturnType<typeof initFrame>) {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  renderAt(`/facilitate/${WORKSHOP_ID}/project`, <ProjectorPage workshopId={WORKSHOP_ID} />);
  return serve(frame);
}

const [A1, A2, A3, A4] = LIST.strategies[0].activities.map((a) => a.id);
const SK = 'share-knowledge';
const writeIn = (id: string, text: string) => ({ [id]: { strategyId: SK, text, by: 'p-ana', name: 'Ana Ruiz', at: 5 } });
/** Four pairs: A1 by three (one split on it), A2 by two, A3 by one; pair 4 chose nothing. */
const fourPairs = () =>
  initFrame([
    summary(1, planWith([A1, A2], { details: { [A1]: { split: true } }, writeIns: writeIn('w-1', 'Family café!') })),
    summary(2, planWith([A1, A2, A3], { writeIns: writeIn('w-2', 'family  CAFÉ') })),
    summary(3, planWith([A1], { writeIns: writeIn('w-3', 'Board visit') })),
    summary(4),
  ]);
const texts = (testId: string): string[] =>
  within(screen.getByTestId(testId))
    .queryAllByRole('listitem')
    .map((li) => li.textContent ?? '');
const textOf = (id: string): string => LIST.strategies.flatMap((s) => s.activities).find((a) => a.id === id)!.text;

describe('the projector’s consensus, contested and unchosen activities', () => {
  it('shows beside the tally what half the pairs that chose chose, what a pair split on, and what nobody chose', async () => {
    openProjector(fourPairs());
    await screen.findByTestId('projector-summary');
    // 3 pairs chose something: half is 2.
    expect(texts('projector-consensus').map((t) => t.slice(0, 7))).toEqual(['3 pairs', '2 pairs']);
    expect(texts('projector-consensus')[0]).toContain(textOf(A1));
    expect(texts('projector-contested')).toHaveLength(1);
    expect(texts('projector-contested')[0]).toContain('1 of 3 split');
    expect(screen.getByTestId('projector-notChosen').textContent).toContain(textOf(A4));
    expect(screen.getByText('a pick needs 2 of the 3 pairs that have chosen')).toBeTruthy();
    const row = screen.getByTestId(`projector-row-${A1}`);
    expect(row.textContent).toContain('consensus');
    expect(row.textContent).toContain('1 pair split');
    expect(screen.getByTestId(`projector-row-${A3}`).textContent).not.toContain('consensus');
  });

  it('lets the leader set the share, and remembers it for the workshop', async () => {
    const user = userEvent.setup();
    openProjector(fourPairs());
    await screen.findByTestId('projector-summary');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Consensus:' }), 'at least 100 % of pairs');
    expect(texts('projector-consensus')).toHaveLength(1);
    expect(localStorage.getItem(consensusShareKey(WORKSHOP_ID))).toBe('1');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Consensus:' }), 'at least 25 % of pairs');
    expect(texts('projector-consensus')).toHaveLength(3);
  });

  it('starts from the remembered share, and ignores a stored value it does not offer', async () => {
    localStorage.setItem(consensusShareKey(WORKSHOP_ID), '1');
    openProjector(fourPairs());
    expect((await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Consensus:' })).value).toBe('1');
  });

  it('falls back to half for a hostile stored share', async () => {
    localStorage.setItem(consensusShareKey(WORKSHOP_ID), '0.0001');
    openProjector(fourPairs());
    expect((await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Consensus:' })).value).toBe('0.5');
  });

  it('groups write-ins with the same text after case, spacing and punctuation, with a count', async () => {
    openProjector(fourPairs());
    const line = await screen.findByTestId(`projector-writeins-${SK}`);
    expect(line.textContent).toBe('3 written in: Family café! ×2 · Board visit');
  });

  it('lists everything in the consensus view (C), with no axe violations', async () => {
    const user = userEvent.setup();
    openProjector(fourPairs());
    await screen.findByTestId('projector-summary');
    await user.keyboard('c');
    const view = screen.getByTestId('projector-consensus-view');
    expect(within(view).getByRole('heading', { level: 2, name: 'Consensus' })).toBeTruthy();
    const allActivities = LIST.strategies.flatMap((s) => s.activities).length;
    expect(texts('projector-notChosen')).toHaveLength(allActivities - 3);
    expect(screen.getByRole('button', { name: 'Consensus' }).getAttribute('aria-pressed')).toBe('true');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('the projector’s compare view', () => {
  it('puts the first two pairs that chose something side by side, common choices marked, in list order', async () => {
    const user = userEvent.setup();
    openProjector(fourPairs());
    await screen.findByTestId('projector-tally');
    await user.keyboard('v');
    const table = within(screen.getByTestId('projector-compare')).getByRole('table');
    expect([...table.querySelectorAll('thead th')].map((h) => h.textContent)).toEqual(['Strategy', 'Activity', 'Pair 1', 'Pair 2']);
    const rows = [...table.querySelectorAll('[data-testid^="compare-row-"]')];
    expect(within(table).getByRole('rowheader', { name: LIST.strategies[0].title }).getAttribute('rowspan')).toBe('3');
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([`compare-row-${A1}`, `compare-row-${A2}`, `compare-row-${A3}`, 'compare-row-w:share-knowledge:family café']);
    expect(rows[0].textContent).toContain('all of them');
    expect(rows[0].textContent).toContain('Split');
    expect(within(rows[2] as HTMLElement).getAllByRole('cell').map((c) => c.getAttribute('aria-label'))).toEqual(['not chosen', null]);
    expect(rows[3].textContent).toContain('all of them');
    // Pair 4 chose nothing: it is not offered.
    expect(screen.queryByRole('button', { name: 'Pair 4' })).toBeNull();
  });

  it('compares up to four pairs the leader picks, and asks for two when fewer are picked', async () => {
    const user = userEvent.setup();
    openProjector(fourPairs());
    await screen.findByTestId('projector-tally');
    await user.click(screen.getByRole('button', { name: 'Compare' }));
    const headers = () => [...screen.getByRole('table').querySelectorAll('thead th')].map((h) => h.textContent);
    await user.click(screen.getByRole('button', { name: 'Pair 3' }));
    expect(headers()).toEqual(['Strategy', 'Activity', 'Pair 1', 'Pair 2', 'Pair 3']);
    await user.click(screen.getByRole('button', { name: 'Pair 1' }));
    await user.click(screen.getByRole('button', { name: 'Pair 2' }));
    expect(screen.getByText('Choose at least two pairs that have chosen something.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pair 3' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Pair 1' }));
    expect(headers()).toEqual(['Strategy', 'Activity', 'Pair 3', 'Pair 1']);
  });
});

describe('comparedPairs and togglePicked', () => {
  it('compares the first two until the leader picks, then what they picked that still chose something', () => {
    expect(comparedPairs([1, 3, 5], null)).toEqual([1, 3]);
    expect(comparedPairs([1, 3, 5], [5, 2, 1])).toEqual([5, 1]);
    expect(comparedPairs([1, 3, 5], [])).toEqual([]);
  });

  it('adds up to four pairs and removes a picked one', () => {
    expect(togglePicked([1, 2, 3, 4], 5)).toEqual([1, 2, 3, 4]);
    expect(togglePicked([1, 2, 3], 2)).toEqual([1, 3]);
    expect(togglePicked([1], 7)).toEqual([1, 7]);
  });
});
