/**
 * The dashboard at a real workshop (issue 14): thirty pairs, in the table
 * view, all within two screen heights at 1280×720 and 1920×1080, and the
 * clock, lock and broadcast controls still in view once the pairs are
 * scrolled to the end. And Zoom's largest meeting, 100 breakout rooms with a
 * partner in each (joined through the API): the dashboard renders every
 * pair, switches views and shows one pair's tick within a second.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { setPick } from '../../shared/doc/planDoc.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const partners: Partner[] = [];

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'District workshop, thirty pairs', pairs: 30 });
  // A few pairs at work, so the table shows a mix of states.
  for (const n of [1, 2, 7, 12, 30]) {
    const p = await connectPartner(server.url, workshop.joinCode, `Partner ${n}`, n);
    partners.push(p);
    await synced(p);
    setPick(p.doc, LIST.strategies[0].activities[n % 3].id, p.actor, Date.now());
  }
});

afterAll(async () => {
  for (const p of partners) p.destroy();
  await browser?.close();
  await server?.close();
});

describe.each([
  [1280, 720],
  [1920, 1080],
])('the dashboard of 30 pairs at %i×%i', (width, height) => {
  it('fits every pair in two screen heights as a table, with the controls in view at the end', async () => {
    const { page } = await newPerson(browser, width, height);
    await page.goto(workshop.facilitatorUrl);
    await page.getByTestId('pair-card-30').waitFor();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    const lastRow = page.getByTestId('pair-row-30');
    await lastRow.waitFor();
    expect(await page.getByTestId('pairs-table').locator('tbody tr').count()).toBe(30);
    const bottom = await lastRow.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThanOrEqual(2 * height);
    await page.screenshot({ path: screenshotPath(`dashboard-30-pairs-table-top-${width}`) });
    await lastRow.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    for (const name of ['Clock', 'Plans', 'Message to all pairs']) {
      const box = await page.getByRole('heading', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.y, `${name} in view`).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, `${name} in view`).toBeLessThanOrEqual(height);
    }
    await page.screenshot({ path: screenshotPath(`dashboard-30-pairs-table-${width}`) });
    await page.close();
  });
});

describe('the workshop report', () => {
  it('is reached from the dashboard’s exports, shows every pair, and survives a reload', async () => {
    const { page } = await newPerson(browser, 1280, 720);
    await page.goto(workshop.facilitatorUrl);
    await page.getByTestId('pair-card-30').waitFor();
    await page.getByRole('link', { name: 'Printable report' }).click();
    const report = page.getByTestId('workshop-report');
    await report.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).first().textContent()).toContain('Workshop report');
    await expect.poll(() => report.textContent()).toContain('District workshop, thirty pairs');
    await expect.poll(() => report.textContent()).toContain(LIST.strategies[0].activities[1].text);
    expect(await page.locator('[data-testid^="report-plan-"]').count()).toBe(30);
    await page.reload();
    await report.waitFor();
    await expect.poll(() => report.textContent()).toContain('District workshop, thirty pairs');
    await page.close();
  });
});

/** How long, in ms, from `act()` until `selector`'s text contains `text`, stamped in the page by a MutationObserver as it renders (one machine, one clock). */
async function timeUntilText(page: import('playwright-core').Page, selector: string, text: string, act: () => void): Promise<number> {
  await page.evaluate(
    ([sel, want]) => {
      const w = window as unknown as { seenAt?: number };
      w.seenAt = undefined;
      const observer = new MutationObserver(() => {
        if (w.seenAt === undefined && document.querySelector(sel)?.textContent?.includes(want)) {
          w.seenAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    },
    [selector, text] as const,
  );
  const since = Date.now();
  act();
  const seenAt = (): Promise<number | undefined> => page.evaluate(() => (window as unknown as { seenAt?: number }).seenAt);
  await expect.poll(seenAt, { timeout: 10_000 }).toBeDefined();
  return (await seenAt())! - since;
}

describe('the dashboard of 100 pairs (Zoom’s most breakout rooms)', () => {
  let big: CreatedWorkshop;
  const bigPartners: Partner[] = [];
  beforeAll(async () => {
    big = await createWorkshop(server.url, { title: 'One hundred pairs', pairs: 100 });
    for (let n = 1; n <= 100; n++) bigPartners.push(await connectPartner(server.url, big.joinCode, `Partner ${n}`, n));
    await Promise.all(bigPartners.map(synced));
    for (const p of bigPartners.filter((_, i) => i % 3 === 0)) setPick(p.doc, LIST.strategies[1].activities[0].id, p.actor, Date.now());
  }, 60_000);
  afterAll(() => {
    for (const p of bigPartners) p.destroy();
  });

  it('renders every pair, switches to the table, and shows a tick in one pair within a second', async () => {
    const { page } = await newPerson(browser, 1920, 1080);
    const started = Date.now();
    await page.goto(big.facilitatorUrl);
    await page.getByTestId('pair-card-100').waitFor();
    const renderMs = Date.now() - started;
    expect(await page.locator('[data-testid^="pair-card-"]').count()).toBe(100);

    const tickCardsMs = await timeUntilText(page, '[data-testid="pair-card-56"]', '1 of 14', () => setPick(bigPartners[55].doc, LIST.strategies[0].activities[0].id, bigPartners[55].actor, Date.now()));

    const switchStarted = Date.now();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByTestId('pair-row-100').waitFor();
    const switchMs = Date.now() - switchStarted;
    expect(await page.getByTestId('pairs-table').locator('tbody tr').count()).toBe(100);

    const tickTableMs = await timeUntilText(page, '[data-testid="pair-row-98"]', '1 of 14', () => setPick(bigPartners[97].doc, LIST.strategies[0].activities[0].id, bigPartners[97].actor, Date.now()));
    await page.screenshot({ path: screenshotPath('dashboard-100-pairs-table-1920') });
    console.log(`dashboard at 100 pairs: first render ${renderMs} ms, tick→card ${tickCardsMs.toFixed(0)} ms, cards→table ${switchMs} ms, tick→table row ${tickTableMs.toFixed(0)} ms`);
    expect(renderMs).toBeLessThan(8_000);
    expect(tickCardsMs).toBeLessThan(1_000);
    expect(tickTableMs).toBeLessThan(1_000);
    expect(switchMs).toBeLessThan(3_000);
    await page.close();
  });
});
