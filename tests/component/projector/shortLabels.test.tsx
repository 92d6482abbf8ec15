import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { ProjectorPage } from '../../../client/features/projector/ProjectorPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { ESSENTIAL_LIST_SPANISH } from '../../../shared/lists/essentialListSpanish.js';
import { shortLabel } from '../../../shared/lists/shortLabel.js';
import type { ActivityList } from '../../../shared/lists/types.js';
import { KEY, LIST, WORKSHOP_ID, initFrame, planWith, renderAt, serve, summary } from '../leaderHarness.js';

/** Short labels on the projector and the dashboard, the full text one step away (issue 15). */
const AWARENESS_2 = LIST.strategies[0].activities[1];
const AWARENESS_4 = LIST.strategies[0].activities[3];

function open(page: 'project' | 'dashboard', frame: ReturnType<typeof initFrame>, language: 'en' | 'es' = 'en') {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  const ui = page === 'project' ? <ProjectorPage workshopId={WORKSHOP_ID} /> : <DashboardPage workshopId={WORKSHOP_ID} />;
  renderAt(page === 'project' ? `/facilitate/${WORKSHOP_ID}/project` : `/facilitate/${WORKSHOP_ID}`, ui, language);
  return serve(frame);
}

const twoPairs = (list: ActivityList = LIST) =>
  initFrame(
    [summary(1, planWith([AWARENESS_4.id, AWARENESS_2.id]), { list }), summary(2, planWith([AWARENESS_4.id]), { list, present: ['Ana Ruiz'] })],
    { list },
  );

/** What a screen reader reads of `el`: its text outside `aria-hidden` parts (a generic element's name is its content). */
function spoken(el: Node): string {
  if (el instanceof Element && el.getAttribute('aria-hidden') === 'true') return '';
  if (el.nodeType === Node.TEXT_NODE) return el.textContent ?? '';
  return [...el.childNodes].map(spoken).join('');
}

/** What the eye reads: the label's visible part. */
const seen = (label: Element): string => label.querySelector('[aria-hidden="true"]')?.textContent ?? label.textContent ?? '';

/** Checks that `label` shows `short` and carries `full` for hover, focus and screen readers. */
function expectShortWithFull(label: HTMLElement, short: string, full: string): void {
  expect(seen(label)).toBe(short);
  expect(label.getAttribute('title')).toBe(full);
  expect(label.tabIndex).toBe(0);
  expect(spoken(label)).toBe(full);
}

describe('the projector’s short labels', () => {
  it('shows each activity by its short label, the full text in the title and the accessible name', async () => {
    open('project', twoPairs());
    const row = await screen.findByTestId(`projector-row-${AWARENESS_4.id}`);
    expectShortWithFull(row.querySelector('.pj-text')!, AWARENESS_4.short!, AWARENESS_4.text);
    expectShortWithFull(screen.getByTestId(`projector-row-${AWARENESS_2.id}`).querySelector('.pj-text')!, AWARENESS_2.short!, AWARENESS_2.text);
    const top = within(screen.getByTestId('projector-consensus')).getAllByRole('listitem');
    expectShortWithFull(top[0].querySelector('.pj-group-text')!, AWARENESS_4.short!, AWARENESS_4.text);
    expect(screen.getByTestId('projector-tally').textContent).not.toContain('…');
  });

  it('shows the full text on keyboard focus, and in the spotlight', async () => {
    const user = userEvent.setup();
    open('project', twoPairs());
    const label = (await screen.findByTestId(`projector-row-${AWARENESS_4.id}`)).querySelector<HTMLElement>('.pj-text')!;
    // Tab reaches the labels; a focused label shows its full text in place (activityLabel.css), which it holds.
    await user.tab();
    expect(document.activeElement?.classList.contains('activity-label')).toBe(true);
    label.focus();
    expect(label.matches(':focus')).toBe(true);
    expect(label.querySelector('.activity-label-full')!.textContent).toBe(AWARENESS_4.text);
    await user.keyboard('{Escape}{ArrowRight}');
    const spotlight = screen.getByTestId('spotlight');
    expect(within(spotlight).getByText(AWARENESS_4.text)).toBeTruthy();
    expect(spotlight.textContent).not.toContain(AWARENESS_4.short);
  });

  it('speaks Spanish: the Spanish label, the Spanish full text', async () => {
    open('project', twoPairs(), 'es');
    const label = (await screen.findByTestId(`projector-row-${AWARENESS_4.id}`)).querySelector<HTMLElement>('.pj-text')!;
    const spanish = ESSENTIAL_LIST_SPANISH.activities[AWARENESS_4.id];
    expectShortWithFull(label, spanish.short!, spanish.text);
    expect(label.getAttribute('lang')).toBe('es');
  });

  it('gives an own list without short labels the first whole words, and a short text as it is', async () => {
    const long = 'Invite every family to a spring picnic with the teachers, the principal and the partnership team';
    const own: ActivityList = {
      ...LIST,
      id: 'custom',
      translations: undefined,
      strategies: [{ id: 's1', title: 'Reach out', description: '', activities: [{ id: 's1-1', text: long }, { id: 's1-2', text: 'Phone tree' }] }],
    };
    open('project', initFrame([summary(1, planWith(['s1-1', 's1-2']), { list: own })], { list: own }));
    const picnic = (await screen.findByTestId('projector-row-s1-1')).querySelector<HTMLElement>('.pj-text')!;
    expectShortWithFull(picnic, shortLabel(long), long);
    expect(seen(picnic)).toBe('Invite every family to a spring picnic…');
    const phone = screen.getByTestId('projector-row-s1-2').querySelector<HTMLElement>('.pj-text')!;
    expect(phone.textContent).toBe('Phone tree');
    expect(phone.hasAttribute('title')).toBe(false);
  });
});

describe('the dashboard tally’s short labels', () => {
  it('shows each activity by its short label, the full text one step away', async () => {
    open('dashboard', twoPairs());
    const row = await screen.findByTestId(`tally-row-${AWARENESS_2.id}`);
    expectShortWithFull(row.querySelector('.tally-text')!, AWARENESS_2.short!, AWARENESS_2.text);
  });
});
