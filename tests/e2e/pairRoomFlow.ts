/** Steps the pair-room end-to-end specs share: joining through the real pages. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ESSENTIAL_LIST_2020_21 } from '../../shared/lists/essentialList2020.js';

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
