/**
 * The pair room in inventory mode (✓ now / ☆ future) and in Spanish, in
 * Chromium, each checked with axe and photographed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DISTRICT_INVENTORY } from '../../shared/lists/districtInventory.js';
import { ESSENTIAL_LIST_SPANISH } from '../../shared/lists/essentialListSpanish.js';
import { createWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, joinThroughPages, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('inventory mode', () => {
  it("marks ✓ now and ☆ future, shows them to the partner, and counts them in the rules bar", async () => {
    const w = await createWorkshop(server.url, { title: 'Inventory workshop', listId: DISTRICT_INVENTORY.id, pairs: 2 });
    const a = (await newPerson(browser)).page;
    const b = (await newPerson(browser)).page;
    await joinThroughPages(a, server.url, w.joinCode, 'Ana Ruiz', 1);
    await joinThroughPages(b, server.url, w.joinCode, 'Ben Ode', 1);
    const [first, second] = DISTRICT_INVENTORY.strategies[0].activities;
    await a.getByRole('group', { name: first.text, exact: true }).getByRole('radio', { name: /We do this now/ }).check();
    await a.getByRole('group', { name: second.text, exact: true }).getByRole('radio', { name: /We want to start this/ }).check();
    await expect.poll(() => b.getByRole('group', { name: first.text, exact: true }).getByRole('radio', { name: /We do this now/ }).isChecked()).toBe(true);
    await expect.poll(() => b.getByTestId('rules-bar').textContent()).toMatch(/1 ✓ now.*1 ☆ future/);
    expect(await axeViolations(b, 'pair room (inventory mode)')).toEqual([]);
    await b.screenshot({ path: screenshotPath('pair-room-inventory-1280') });
  });
});

describe('in Spanish', () => {
  it('shows the interface and the Essential List in Spanish, remembers the choice, and passes axe', async () => {
    const w = await createWorkshop(server.url, { title: 'Taller de primavera', pairs: 2 });
    const { page } = await newPerson(browser, 360, 780);
    await joinThroughPages(page, server.url, w.joinCode, 'Rosa Díaz', 1);
    await page.getByRole('button', { name: 'Español' }).click();
    const firstActivity = LIST.strategies[0].activities[0];
    const spanish = ESSENTIAL_LIST_SPANISH.activities[firstActivity.id]!.text;
    await page.getByRole('checkbox', { name: spanish, exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await page.getByRole('checkbox', { name: spanish, exact: true }).check();
    await expect.poll(() => page.getByTestId('rules-bar').textContent()).toContain('1 de 14');
    await page.reload();
    await page.getByRole('checkbox', { name: spanish, exact: true }).waitFor();
    expect(await axeViolations(page, 'pair room in Spanish at 360 px')).toEqual([]);
    await page.screenshot({ path: screenshotPath('pair-room-es-360') });
  });
});

describe('markup from people', () => {
  it('shows names and write-ins with markup as text, and runs none of it', async () => {
    const w = await createWorkshop(server.url, { title: '<b>Bold</b> workshop', pairs: 1 });
    const evilName = '<img src=x onerror="window.__pwned=1">Eve';
    const a = (await newPerson(browser)).page;
    const b = (await newPerson(browser)).page;
    const dialogs: string[] = [];
    for (const p of [a, b]) p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await joinThroughPages(a, server.url, w.joinCode, evilName, 1);
    await joinThroughPages(b, server.url, w.joinCode, 'Bo', 1);
    const strategy = LIST.strategies[3];
    await a.getByRole('textbox', { name: `Other activity for ${strategy.title}` }).fill('<script>window.__pwned=2</script>Family night');
    await a.getByRole('button', { name: `Add other activity for ${strategy.title}` }).click();
    await expect.poll(() => b.getByTestId('write-in').textContent()).toContain('<script>window.__pwned=2</script>Family night');
    await expect.poll(() => b.getByTestId('presence').textContent()).toContain(evilName);
    expect(await b.getByRole('heading', { level: 1 }).first().textContent()).toContain('<b>Bold</b> workshop');
    for (const p of [a, b]) {
      expect(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await p.locator('img[src="x"], main script').count()).toBe(0);
    }
    expect(dialogs).toEqual([]);
  });
});
