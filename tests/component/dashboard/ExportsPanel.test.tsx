import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DashboardPage } from '../../../client/features/dashboard/DashboardPage.js';
import { rememberWorkshop } from '../../../client/features/leader/rememberedWorkshops.js';
import { PLAN_FORMATS, WORKSHOP_FORMATS, formatEntries, type WorkshopFormat, type WorkshopFormatId } from '../../../shared/export/formats.js';
import { createTranslate, type Language } from '../../../shared/i18n/translate.js';
import { KEY, WORKSHOP_ID, initFrame, renderAt, serve, summary } from '../leaderHarness.js';

const requested: string[] = [];
beforeEach(() => {
  requested.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response('a,b\r\n', { status: 200 });
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

const WORKSHOP_FILES = formatEntries<Readonly<Record<WorkshopFormatId, WorkshopFormat>>>(WORKSHOP_FORMATS);

/** The dashboard in `lang`, its pairs with or without e-mail addresses; the exports panel's section. */
async function openExports(lang: Language, withEmails: boolean) {
  rememberWorkshop({ id: WORKSHOP_ID, key: KEY, title: 'Spring workshop', created: 1 });
  renderAt(`/facilitate/${WORKSHOP_ID}`, <DashboardPage workshopId={WORKSHOP_ID} />, lang);
  serve(initFrame([summary(1, undefined, { members: withEmails ? ['Ana Ruiz'] : [] }), summary(2)]));
  const heading = await screen.findByRole('heading', { name: createTranslate(lang)('dashboard.exports.heading') });
  return heading.closest('section')!;
}

const buttonNames = (panel: HTMLElement) => within(panel).getAllByRole('button').map((b) => b.textContent);

describe('ExportsPanel', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`offers every workshop and plan format of the registry under its label (${lang})`, async () => {
      const t = createTranslate(lang);
      const panel = await openExports(lang, true);
      expect(buttonNames(panel)).toEqual([
        ...WORKSHOP_FILES.map(([, format]) => t(format.label)),
        ...formatEntries(PLAN_FORMATS).map(([, format]) => t(format.labels.dashboard, { n: 1 })),
      ]);
    });
  }

  for (const lang of ['en', 'es'] as const) {
    it(`links the workshop report's printable page (${lang})`, async () => {
      const panel = await openExports(lang, false);
      const link = within(panel).getByRole('link', { name: createTranslate(lang)('report.page') });
      expect(link.getAttribute('href')).toBe(`/facilitate/${WORKSHOP_ID}/report`);
    });
  }

  it('leaves out the formats offered only with e-mail addresses when the roster has none', async () => {
    const t = createTranslate('en');
    const panel = await openExports('en', false);
    const names = buttonNames(panel);
    for (const [, format] of WORKSHOP_FILES) expect(names.includes(t(format.label)), format.label).toBe(format.offer !== 'withEmails');
  });

  it('fetches each format from its route', async () => {
    const user = userEvent.setup();
    const t = createTranslate('en');
    const panel = await openExports('en', true);
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Pair' }), 'Pair 2');
    const routes = [
      ...WORKSHOP_FILES.map(([id, format]) => [t(format.label), `/api/workshops/${WORKSHOP_ID}/export/${id}?lang=en`]),
      ...formatEntries(PLAN_FORMATS).map(([id, format]) => [t(format.labels.dashboard, { n: 2 }), `/api/workshops/${WORKSHOP_ID}/pairs/2/${id}?lang=en`]),
    ];
    for (const [name, url] of routes) {
      const button = within(panel).getByRole('button', { name });
      await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
      await user.click(button);
      await waitFor(() => expect(requested.at(-1)).toBe(url));
    }
  });
});
