import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { ReportPage } from '../../../client/features/report/ReportPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { KEY, LIST, WORKSHOP_ID, initFrame, planWith, renderAt, serve, summary } from '../leaderHarness.js';

const [A, B, C] = LIST.strategies[0].activities;
const writeIn = (text: string) => ({ 'w-1': { strategyId: 'share-knowledge', text, by: 'p-ana', name: 'Ana Ruiz', at: 5 } });
/** Pairs 1 and 2 chose A and B (pair 2 split on B, with a note), pair 3 chose A and C; two write-ins say the same thing; pair 4 chose nothing. */
const fourPairs = () => {
  const frame = initFrame([
    summary(1, planWith([A.id, B.id], { writeIns: writeIn('Family café!') }), { present: ['Ana Ruiz'] }),
    summary(2, planWith([A.id, B.id], { details: { [B.id]: { split: true, note: 'Ben is unsure' } } })),
    summary(3, planWith([A.id, C.id], { writeIns: writeIn('family café') }), { members: ['James Carter', 'Linh Nguyen'] }),
    summary(4),
  ]);
  return { ...frame, workshop: { ...frame.workshop, timeZone: 'America/Chicago' } };
};

function openReport(language: 'en' | 'es' = 'en') {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  const view = renderAt(`/facilitate/${WORKSHOP_ID}/report`, <ReportPage workshopId={WORKSHOP_ID} />, language);
  serve(fourPairs());
  return view;
}

describe('ReportPage', () => {
  it('shows the workshop, participation, tally bars, consensus, contested, grouped write-ins and every plan', async () => {
    openReport();
    const report = await screen.findByTestId('workshop-report');
    expect(within(report).getByRole('heading', { level: 1 }).textContent).toBe('Workshop report');
    expect(report.textContent).toContain('Spring workshop');
    expect(report.textContent).toContain(LIST.source.trim().slice(0, 40));
    // The day in the workshop's time zone (Chicago), as the exports print it.
    const chicagoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/Chicago', dateStyle: 'short' }).format(Date.now());
    expect(report.textContent).toContain(`Date${chicagoDay}`);
    const participation = screen.getByTestId('report-participation').textContent;
    expect(participation).toContain('Pairs4');
    expect(participation).toContain('Pairs that chose activities3');
    expect(participation).toContain('Present when the report was made1');
    // The tally as bars: A chosen by all 3 active pairs fills its track.
    const fills = [...report.querySelectorAll<HTMLElement>('.rp-bar-fill')];
    expect(fills[0].style.width).toBe('100%');
    expect(report.querySelector('.rp-bar--consensus .rp-bar-label')?.textContent).toBe(A.text);
    const consensus = screen.getByTestId('report-consensus');
    expect(within(consensus).getByRole('heading').textContent).toBe('Consensus picks: chosen by at least 2 of 3 pairs (50 %)');
    expect(within(consensus).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${A.text} — 3 / 3`, `${B.text} — 2 / 3`]);
    expect(within(screen.getByTestId('report-contested')).getByRole('listitem').textContent).toBe(`${B.text} — 1 of 2 split`);
    expect(within(screen.getByTestId('report-write-ins')).getByRole('listitem').textContent).toBe('Family café! — 2 (pairs 1, 3)');
    for (const n of [1, 2, 3, 4]) expect(screen.getByTestId(`report-plan-${n}`)).toBeTruthy();
    const plan2 = screen.getByTestId('report-plan-2').textContent;
    expect(plan2).toContain('Split: we split on this');
    expect(plan2).toContain('Note: Ben is unsure');
    expect(screen.getByTestId('report-plan-4').textContent).toContain('No activities chosen yet.');
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the dashboard' }).getAttribute('href')).toBe(`/facilitate/${WORKSHOP_ID}`);
  });

  it('is all in Spanish for a Spanish-speaking leader', async () => {
    openReport('es');
    const report = await screen.findByTestId('workshop-report');
    expect(within(report).getByRole('heading', { level: 1 }).textContent).toBe('Informe del taller');
    expect(within(screen.getByTestId('report-consensus')).getByRole('heading').textContent).toContain('Elecciones de consenso');
    expect(screen.getByRole('button', { name: 'Imprimir' })).toBeTruthy();
    for (const english of ['Workshop report', 'Participation', 'Consensus', 'Write-ins', 'Partners:', 'No activities chosen']) expect(report.textContent).not.toContain(english);
  });
});
