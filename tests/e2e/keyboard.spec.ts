/**
 * Keyboard only: from the start page to an agreed plan without touching the
 * mouse — Tab, Shift+Tab, Space, Enter and the arrow keys — with a visible
 * focus indicator on every control reached.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let page: Page;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'Keyboard workshop', pairs: 2 });
  page = (await newPerson(browser)).page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What has focus: its accessible-ish name, role, and whether a focus indicator is drawn. */
async function focused(p: Page): Promise<{ name: string; tag: string; type: string; visibleFocus: boolean }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '', tag: 'body', type: '', visibleFocus: false };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    const name = (el.getAttribute('aria-label') ?? labelled ?? '') || (el.textContent ?? '');
    const style = getComputedStyle(el);
    // The app draws focus as a 3 px outline on :focus-visible (base.css); a box-shadow some controls always have does not count.
    const visibleFocus = el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return { name: name.trim(), tag: el.tagName.toLowerCase(), type: (el as HTMLInputElement).type ?? '', visibleFocus };
  });
}

/** Presses Tab until the focused element's name starts with `name` (at most `limit` presses). */
async function tabTo(p: Page, name: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab');
    const f = await focused(p);
    if (f.name.startsWith(name)) {
      expect(f.visibleFocus, `visible focus on "${name}"`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"`);
}

describe('keyboard only', () => {
  it('joins, completes a valid plan and agrees without the mouse', async () => {
    await page.goto(server.url);
    await page.getByLabel('Join code').waitFor();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual(expect.objectContaining({ name: 'Skip to main content', visibleFocus: true }));
    await tabTo(page, 'Join code');
    await page.keyboard.type(workshop.joinCode);
    await page.keyboard.press('Enter');
    await page.getByLabel('Your name').waitFor();
    await tabTo(page, 'Your name');
    await page.keyboard.type('Kim Keyboard');
    await tabTo(page, 'Your pair');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#join-pair').inputValue()).toBe('1');
    await tabTo(page, 'Join');
    await page.keyboard.press('Enter');
    await page.getByTestId('rules-bar').waitFor();
    await page.locator('.connection--connected').waitFor();

    // One activity per strategy, in the order Tab reaches them.
    for (const strategy of LIST.strategies) {
      await tabTo(page, strategy.activities[0].text);
      await page.keyboard.press('Space');
    }
    await expect.poll(() => page.getByTestId('rules-bar').textContent()).toContain(`${LIST.strategies.length} of ${LIST.strategies.length} strategies`);
    expect(await page.getByTestId('rules-bar').textContent()).toContain('The plan follows the rules.');

    await tabTo(page, 'We agree');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('agree-status').textContent()).toMatch(/proposed/i);
    await page.screenshot({ path: screenshotPath('keyboard-agreed') });
  });
});
