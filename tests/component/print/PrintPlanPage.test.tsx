/**
 * The print view lists every partner with whether they agreed (issue 12),
 * from the `plan.json` the server exports, in the page's language.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { PrintPlanPage } from '../../../client/features/print/PrintPlanPage.js';
import { initI18n } from '../../../client/i18n/index.js';
import { toPlanJson } from '../../../shared/export/toPlanJson.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { ESSENTIAL_LIST_2020_21 as LIST } from '../../../shared/lists/essentialList2020.js';
import { smallInput } from '../../unit/export/fixtures.js';
import { renderAt } from '../leaderHarness.js';

const SESSION = {
  session: { workshopId: 'w-1', pair: 3, participantId: 'p-ana', name: 'Ana Pérez' },
  workshop: { id: 'w-1', title: 'Leaders workshop', joinCode: 'K7M2QX', list: LIST, rules: LIST.rules, pairCount: 3 },
  live: null,
  serverNow: 1,
};

beforeEach(() => {
  const plan = JSON.parse(toPlanJson(smallInput({ partners: [{ name: 'Ana Pérez', agreed: true }, { name: 'Ivan Ito', agreed: false }] })));
  vi.stubGlobal('fetch', async (url: string) => {
    const body = url.includes('/session') ? SESSION : url.includes('/plan.json') ? plan : { error: 'not found' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await act(() => initI18n('en').changeLanguage('en'));
});

describe('PrintPlanPage', () => {
  it('lists every partner, agreed or not, in English and in Spanish', async () => {
    renderAt('/w/w-1/print', <PrintPlanPage workshopId="w-1" />);
    expect((await screen.findByTestId('print-plan')).textContent).toContain('PartnersAna Pérez (agreed), Ivan Ito (not yet agreed)');
    await act(() => initI18n('es').changeLanguage('es'));
    expect((await screen.findByText(/Ivan Ito \(todavía no está de acuerdo\)/)).textContent).toBe('Ana Pérez (de acuerdo), Ivan Ito (todavía no está de acuerdo)');
  });

  it('carries the "we split on this" flag, as the PDF, Markdown and CSV do', async () => {
    renderAt('/w/w-1/print', <PrintPlanPage workshopId="w-1" />);
    const flags = await screen.findAllByTestId('print-split');
    expect(flags).toHaveLength(1);
    expect(flags[0].closest('li')?.textContent).toContain('Family night at the library');
    expect(flags[0].textContent).toContain('we split on this');
  });

  it("shows the agreement's day in the workshop's time zone, UTC without one", async () => {
    // Agreed 2020-09-15 14:00 UTC: already the 16th at UTC+14.
    for (const [timeZone, day] of [
      ['Pacific/Kiritimati', '9/16/2020'],
      [undefined, '9/15/2020'],
      ['Not/AZone', '9/15/2020'],
    ] as const) {
      const plan = { ...JSON.parse(toPlanJson(smallInput({ rules: { ...LIST.rules, minPerStrategy: 0 } }))), ...(timeZone ? { timeZone } : {}) };
      vi.stubGlobal('fetch', async (url: string) => new Response(JSON.stringify(url.includes('/session') ? SESSION : plan), { status: 200, headers: { 'content-type': 'application/json' } }));
      renderAt('/w/w-1/print', <PrintPlanPage workshopId="w-1" />);
      expect((await screen.findByTestId('print-plan')).textContent, timeZone).toContain(`Agreed by Ana Pérez, Ben Okafor on ${day}`);
      cleanup();
    }
  });

  it('says what an agreement covers, in the agree panel\'s words', async () => {
    renderAt('/w/w-1/print', <PrintPlanPage workshopId="w-1" />);
    expect((await screen.findByTestId('print-agreement-covers')).textContent).toBe(createTranslate('en')('agreement.covers'));
    await act(() => initI18n('es').changeLanguage('es'));
    expect((await screen.findByTestId('print-agreement-covers')).textContent).toBe(createTranslate('es')('agreement.covers'));
  });
});
