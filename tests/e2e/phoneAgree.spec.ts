/**
 * Issue 18: on a phone the partner agrees from the bar at the bottom of the
 * screen, without scrolling past the 25 activities to the agree panel; the
 * first screen shows the first activity; nothing overflows at 320 px.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { axeViolations } from './axe.js';
import { screenshotPath } from './browser.js';
import { joinThroughPages, LIST, twoPartners } from './pairRoomFlow.js';

const room = twoPartners({ title: 'Phone workshop', pairs: 2 }, { width: 360, height: 740 });
let server: TestServer;
let workshop: CreatedWorkshop;
let ana: Page;
let maria: Page;
beforeAll(async () => {
  ({ server, workshop, ana, maria } = room);
});

const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text, exact: true });
const bar = () => maria.getByTestId('compact-bar');

describe('agreeing on a phone (360×740)', () => {
  it('shows the first activity on the first screen, above the bar', async () => {
    await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', 1);
    await joinThroughPages(maria, server.url, workshop.joinCode, 'Maria Lopez', 1);
    const first = await box(maria, LIST.strategies[0].activities[0].text).boundingBox();
    const barTop = (await bar().boundingBox())!.y;
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(barTop);
    expect(await maria.evaluate(() => window.scrollY)).toBe(0);
    expect(await maria.getByTestId('list-source').textContent()).toMatch(/^Jansorn, N\. R\., & Epstein, J\. L\. \(2019\)/);
  });

  it('agrees from the bar in the middle of the list, and the laptop partner sees the plan proposed', async () => {
    // Ana covers five strategies on the laptop; Maria the sixth on the phone, mid-list.
    for (const s of LIST.strategies.slice(0, 5)) await box(ana, s.activities[0].text).check();
    const last = LIST.strategies[5].activities[0].text;
    await expect.poll(() => bar().getByTestId('rules-bar').textContent()).toContain('5 of 14 · 5 of 6 strategies');
    await box(maria, LIST.strategies[2].activities[0].text).scrollIntoViewIfNeeded();
    const agreeOnPhone = bar().getByRole('button', { name: 'We agree' });
    expect(await agreeOnPhone.getAttribute('aria-disabled')).toBe('true');
    await ana.getByRole('checkbox', { name: last, exact: true }).check();
    await expect.poll(() => agreeOnPhone.getAttribute('aria-disabled')).toBe('false');
    await ana.getByRole('button', { name: 'We agree' }).click();

    const { scrollY, innerHeight, scrollHeight } = await maria.evaluate(() => ({
      scrollY: window.scrollY,
      innerHeight: window.innerHeight,
      scrollHeight: document.documentElement.scrollHeight,
    }));
    // Far from the end of the page (the agree panel is there), and the button is on screen.
    expect(scrollHeight - (scrollY + innerHeight)).toBeGreaterThan(3000);
    const button = (await agreeOnPhone.boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(innerHeight);
    await agreeOnPhone.click();
    await bar().getByText('Proposed').waitFor();
    expect(await maria.evaluate(() => window.scrollY)).toBe(scrollY);
    await expect.poll(() => ana.getByTestId('agree-status').textContent()).toContain('Plan proposed: every partner here agreed.');
    await maria.screenshot({ path: screenshotPath('phone-agree-360') });
    expect(await axeViolations(maria, 'pair room at 360 px with the bar')).toEqual([]);
  });

  it('keeps everything inside its card at 320 px: the page does not scroll sideways, the bell stays in the bar', async () => {
    await maria.setViewportSize({ width: 320, height: 640 });
    const overflow = await maria.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const barBox = (await bar().boundingBox())!;
    for (const part of [bar().getByTestId('chime-toggle'), bar().getByRole('button', { name: 'Take back my agreement' })]) {
      const b = (await part.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(barBox.x);
      expect(b.x + b.width).toBeLessThanOrEqual(barBox.x + barBox.width);
    }
  });
});
