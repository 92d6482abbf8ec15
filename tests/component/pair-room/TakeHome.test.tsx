import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { TakeHome } from '../../../client/features/pair-room/TakeHome.js';
import { PLAN_FORMATS, formatEntries } from '../../../shared/export/formats.js';
import { createTranslate } from '../../../shared/i18n/translate.js';
import { createRoom, renderInRoom } from '../roomHarness.js';

const t = createTranslate('en');

describe('TakeHome', () => {
  it('offers every plan format a partner may download (the registry’s), each under its label, and nothing else', () => {
    renderInRoom(<TakeHome workshopId="w-test" pair={3} />, createRoom());
    const downloads = within(screen.getByTestId('take-home'))
      .getAllByRole('link')
      .filter((link) => link.hasAttribute('download'))
      .map((link) => [link.textContent, link.getAttribute('href')]);
    const offered = formatEntries(PLAN_FORMATS).flatMap(([id, format]) => (format.access === 'pair' ? [[t(format.labels.room), `/api/workshops/w-test/pairs/3/${id}?lang=en`]] : []));
    expect(offered.length).toBeGreaterThan(0);
    expect(downloads).toEqual(offered);
  });
});
