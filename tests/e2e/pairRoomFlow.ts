/** Steps the pair-room end-to-end specs share: a room for two, joining through the real pages. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { launchBrowser, startAppServer } from './browser.js';

export const LIST = ESSENTIAL_LIST_2020_21;

/** Activity texts: the first of every strategy (a valid cover), then the rest in list order. */
export function coverThenRest(): string[] {
  const firsts = LIST.strategies.map((s) => s.activities[0].text);
  const rest = LIST.strategies.flatMap((s) => s.activities.slice(1).map((a) => a.text));
  return [...firsts, ...rest];
}

/** A fresh browser context (own cookies and storage) at `width`×`height`, in English. */
export async function newPerson(browser: Browser, width = 1280, height = 720): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

/** Opens the join link, types the name, picks the pair and joins; waits for the pair room. */
export async function joinThroughPages(page: Page, base: string, joinCode: string, name: string, pair: number): Promise<void> {
  await page.goto(`${base}/j/${joinCode}`);
  await page.getByLabel('Your name').fill(name);
  await page.locator('#join-pair').selectOption(String(pair));
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByTestId('rules-bar').waitFor();
  await page.locator('.connection--connected').waitFor();
}

/** What a spec of two partners works with, filled in before its first test. */
export interface TwoPartners {
  server: TestServer;
  browser: Browser;
  workshop: CreatedWorkshop;
  /** Ana at 1280×720. */
  ana: Page;
  /** Maria at `mariaSize` (1280×720 unless told). */
  maria: Page;
}

/**
 * Registers the spec's hooks: a server serving the built client, Chromium, a
 * workshop and two people's pages (not yet joined); everything closed after.
 */
export function twoPartners(workshop: { title: string; pairs: number }, mariaSize: { width: number; height: number } = { width: 1280, height: 720 }): TwoPartners {
  const ctx = {} as TwoPartners;
  beforeAll(async () => {
    ctx.server = await startAppServer();
    ctx.browser = await launchBrowser();
    ctx.workshop = await createWorkshop(ctx.server.url, workshop);
    ctx.ana = (await newPerson(ctx.browser)).page;
    ctx.maria = (await newPerson(ctx.browser, mariaSize.width, mariaSize.height)).page;
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
