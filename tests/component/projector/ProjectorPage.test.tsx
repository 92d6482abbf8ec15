import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { ProjectorPage } from '../../../client/features/projector/ProjectorPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { DISTRICT_INVENTORY } from '../../../shared/lists/districtInventory.js';
import { KEY, LIST, WORKSHOP_ID, initFrame, planWith, renderAt, serve, summary } from '../leaderHarness.js';

afterEach(() => vi.restoreAllMocks());

function openProjector(frame: ReturnType<typeof initFrame>, language: 'en' | 'es' = 'en') {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  renderAt(`/facilitate/${WORKSHOP_ID}/project`, <ProjectorPage workshopId={WORKSHOP_ID} />, language);
  return serve(frame);
}

const writeIn = { 'w-1': { strategyId: 'share-knowledge', text: 'Family café with the superintendent', by: 'p-ana', name: 'Ana Ruiz', at: 5 } };
/** Pairs 1 and 3 have plans; pair 2 has chosen nothing. */
const threePairs = () =>
  initFrame([
    summary(1, planWith(['create-awareness-3', 'create-awareness-4', 'share-knowledge-1']), { present: ['Ana Ruiz', 'Maria Lopez'] }),
    summary(2),
    summary(3, planWith(['create-awareness-4', 'align-program-policy-2'], { writeIns: writeIn }), { members: ['James Carter', 'Linh Nguyen'] }),
  ]);

const spotlightPair = (): string | null => screen.queryByTestId('spotlight')?.getAttribute('data-pair') ?? null;

describe('ProjectorPage', () => {
  it('shows the tally in large type, each strategy sorted by count, and beside it the consensus picks', async () => {
    openProjector(threePairs());
    const awareness = await screen.findByRole('region', { name: 'Create awareness' });
    const rows = within(awareness).getAllByRole('listitem');
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual([
      'projector-row-create-awareness-4',
      'projector-row-create-awareness-3',
      'projector-row-create-awareness-1',
      'projector-row-create-awareness-2',
    ]);
    expect(rows[0].querySelector('.pj-count')!.textContent).toBe('2 of 3 pairs');
    const top = within(screen.getByTestId('projector-consensus')).getAllByRole('listitem');
    expect(top[0].textContent).toContain('2 pairs');
    expect(top[0].textContent).toContain(LIST.strategies[0].activities[3].text);
    expect(screen.getByText('2 of 3 pairs have chosen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Spring workshop' })).toBeTruthy();
  });

  it('steps through the pairs that chose something with → and ←, and Esc goes back to the tally', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    await user.keyboard('{ArrowRight}');
    expect(spotlightPair()).toBe('1');
    expect(within(screen.getByTestId('spotlight')).getByRole('heading', { level: 2 }).textContent).toBe('Pair 1 · Ana Ruiz & Maria Lopez');
    expect(screen.queryByTestId('projector-tally')).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(spotlightPair()).toBe('3');
    expect(screen.getByText('2 of 2')).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(spotlightPair()).toBe('1');
    await user.keyboard('{ArrowLeft}');
    expect(spotlightPair()).toBe('3');
    await user.keyboard('{Escape}');
    expect(spotlightPair()).toBeNull();
    expect(screen.getByTestId('projector-tally')).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(spotlightPair()).toBe('3');
  });

  it('spotlights a pair’s whole plan by strategy, its own activities marked', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    await user.click(screen.getByRole('button', { name: 'Spotlight pairs' }));
    await user.click(screen.getByRole('button', { name: 'Previous pair' }));
    const spotlight = screen.getByTestId('spotlight');
    expect(within(spotlight).getByRole('heading', { level: 2 }).textContent).toBe('Pair 3 · James Carter & Linh Nguyen');
    expect(within(spotlight).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Create awareness', 'Align program and policy', 'Share knowledge']);
    expect(within(spotlight).getByText('Family café with the superintendent').parentElement!.textContent).toContain('their own');
    expect(spotlight.textContent).toContain('3 of 14');
    expect(spotlight.textContent).toContain('2 of 2');
    expect(spotlight.textContent).toContain('missing: Guide learning and program development, Celebrate milestones, Document progress and evaluate outcomes');
    await user.click(screen.getByRole('button', { name: 'Tally' }));
    expect(screen.getByTestId('projector-tally')).toBeTruthy();
  });

  it('goes full screen with F', async () => {
    const user = userEvent.setup();
    const requestFullscreen = vi.fn(() => Promise.resolve());
    Object.defineProperty(document.documentElement, 'requestFullscreen', { value: requestFullscreen, configurable: true });
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    await user.keyboard('f');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}f{/Control}');
    expect(requestFullscreen).toHaveBeenCalledTimes(1);
  });

  it('hides the tally until the leader reveals it (H), the button saying which it will do, and the reveal grows the bars once', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    expect(screen.getByTestId('projector-content').className).not.toContain('pj-content--reveal');
    await user.keyboard('h');
    expect(screen.queryByTestId('projector-tally')).toBeNull();
    expect(screen.getByTestId('projector-hidden').textContent).toContain('Press H to reveal');
    expect(screen.getByTestId('projector-hide').textContent).toBe('Reveal');
    await user.keyboard('H');
    expect(screen.getByTestId('projector-tally')).toBeTruthy();
    expect(screen.getByTestId('projector-hide').textContent).toBe('Hide');
    const content = screen.getByTestId('projector-content');
    expect(content.className).toContain('pj-content--reveal');
    fireEvent.animationEnd(content.querySelector('.pj-fill')!);
    expect(content.className).not.toContain('pj-content--reveal');
  });

  it('hides and reveals in every view: spotlight, consensus and compare', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    for (const [key, testId] of [['{ArrowRight}', 'spotlight'], ['c', 'projector-consensus-view'], ['v', 'projector-compare']] as const) {
      await user.keyboard(key);
      expect(screen.getByTestId(testId)).toBeTruthy();
      await user.click(screen.getByRole('button', { name: 'Hide' }));
      expect(screen.queryByTestId(testId)).toBeNull();
      await user.keyboard('h');
      expect(screen.getByTestId(testId)).toBeTruthy();
    }
  });

  it('jumps to a pair by its number and Enter, even one that chose nothing', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    await user.keyboard('3');
    expect(screen.getByText('Pair 3… (Enter to show it)')).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(spotlightPair()).toBe('3');
    await user.keyboard('2{Enter}');
    expect(spotlightPair()).toBe('2');
    expect(screen.getByText('This pair has not chosen anything yet.')).toBeTruthy();
    await user.keyboard('9{Enter}');
    expect(spotlightPair()).toBe('2');
    // A digit then another key forgets the digit.
    await user.keyboard('1{ArrowRight}{Enter}');
    expect(spotlightPair()).toBe('3');
  });

  it('updates the tally live', async () => {
    const socket = openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    socket.receive({ t: 'pairs', summaries: [summary(2, planWith(['create-awareness-1']))] });
    expect(screen.getByTestId('projector-row-create-awareness-1').querySelector('.pj-count')!.textContent).toBe('1 of 3 pairs');
    expect(screen.getByText('3 of 3 pairs have chosen')).toBeTruthy();
  });

  it('shows the most marked four of a long inventory strategy, with ✓/☆ counts', async () => {
    const strategy = DISTRICT_INVENTORY.strategies.find((s) => s.activities.length > 5)!;
    const [first, second] = strategy.activities;
    openProjector(
      initFrame(
        [summary(1, planWith([first.id, second.id], {}, 'now'), { list: DISTRICT_INVENTORY }), summary(2, planWith([second.id], {}, 'future'), { list: DISTRICT_INVENTORY })],
        { list: DISTRICT_INVENTORY },
      ),
    );
    const region = await screen.findByRole('region', { name: strategy.title });
    const rows = within(region).getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(rows[0].getAttribute('data-testid')).toBe(`projector-row-${second.id}`);
    expect(rows[0].querySelector('.pj-count [aria-hidden]')!.textContent).toBe('✓1 ☆1');
    expect(region.textContent).toContain(`+${strategy.activities.length - 4} more activities`);
  });

  it('speaks the leader’s language, the list included where it has a translation', async () => {
    openProjector(threePairs(), 'es');
    expect(await screen.findByRole('region', { name: 'Crear conciencia' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Elegidas por consenso/ })).toBeTruthy();
    expect(screen.getByText('2 de 3 parejas han elegido')).toBeTruthy();
    expect(screen.getByTestId('projector-row-create-awareness-1').querySelector('.pj-text')!.getAttribute('title')).toMatch(/^Convocar una reunión/);
  });

  it('has no axe violations, in the tally and in the spotlight', async () => {
    const user = userEvent.setup();
    openProjector(threePairs());
    await screen.findByTestId('projector-tally');
    const check = async () => {
      const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await check()).toEqual([]);
    await user.keyboard('{ArrowRight}');
    expect(await check()).toEqual([]);
  });
});
