/**
 * Changing the session while it runs (issue 14), in Chromium, with the
 * partners connected: the leader adds a pair from the dashboard's Session
 * panel and it appears on a join page already open and on the dashboard;
 * renames the workshop and lowers the maximum from 14 to 12, and both reach
 * the pair room within a second without dropping a tick; moves a person from
 * their pair's card, and that person's open room switches to the new pair
 * without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { eventually } from '../utils/eventually.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { coverThenRest, joinThroughPages, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let leader: Page;
let ana: Page;
let ben: Page;
const SECOND = 1_000;
const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text, exact: true });

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'Spring workshop', roster: [{ name: 'Ana', pair: 1 }, { name: 'Ben', pair: 1 }, { name: 'Cy', pair: 2 }] });
  leader = (await newPerson(browser, 1280, 900)).page;
  ana = (await newPerson(browser)).page;
  ben = (await newPerson(browser)).page;
  await leader.goto(workshop.facilitatorUrl);
  await leader.getByTestId('session-panel').waitFor();
  await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana', 1);
  await joinThroughPages(ben, server.url, workshop.joinCode, 'Ben', 1);
  await eventually(async () => expect(await leader.getByTestId('pair-card-1').textContent()).toMatch(/Ana.*Ben|Ben.*Ana/));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('changing the session while it runs', () => {
  it('adds a pair: a join page already open and the dashboard show it', async () => {
    const late = (await newPerson(browser)).page;
    await late.goto(`${server.url}/j/${workshop.joinCode}`);
    await late.locator('#join-pair').waitFor();
    expect(await late.locator('#join-pair option[value="3"]').count()).toBe(0);
    const panel = leader.getByTestId('session-panel');
    await panel.getByLabel('Pairs to add').fill('1');
    await panel.getByRole('button', { name: 'Add pairs' }).click();
    await eventually(async () => expect(await late.locator('#join-pair option[value="3"]').count()).toBe(1), SECOND);
    await eventually(async () => expect(await leader.getByTestId('pair-card-3').count()).toBe(1), SECOND);
    expect(await panel.getByTestId('session-pair-count').textContent()).toBe('This workshop has 3 pairs.');
    await joinThroughPages(late, server.url, workshop.joinCode, 'Lou', 3);
    expect(await late.getByTestId('pair-number').textContent()).toContain('3');
    await late.context().close();
  });

  it('renames the workshop and lowers the maximum: the pair room shows both within a second, every tick kept', async () => {
    const fourteen = coverThenRest().slice(0, 14);
    for (const text of fourteen) await box(ana, text).check();
    await expect.poll(() => ben.getByTestId('rules-bar').textContent()).toContain('14 of 14');

    const panel = leader.getByTestId('session-panel');
    await panel.getByLabel('Workshop title').fill('Spring workshop, afternoon');
    await panel.getByRole('button', { name: 'Rename' }).click();
    await eventually(async () => expect(await ana.getByRole('heading', { level: 1 }).textContent()).toBe('Spring workshop, afternoon'), SECOND);
    expect(await ana.title()).toContain('Spring workshop, afternoon');
    await expect.poll(() => leader.getByRole('heading', { level: 1 }).textContent()).toBe('Spring workshop, afternoon');

    await panel.getByLabel(/^At most in total/).fill('12');
    await panel.getByRole('button', { name: 'Change rules' }).click();
    await eventually(async () => expect(await ben.getByTestId('rules-bar').textContent()).toContain('14 of 12'), SECOND);
    for (const text of fourteen) expect(await box(ben, text).isChecked()).toBe(true);
    await expect.poll(() => leader.getByTestId('pair-card-1').textContent()).toMatch(/14 of 12/);
    // Tall enough that the sticky header does not cover the panel in its picture.
    await leader.setViewportSize({ width: 1280, height: 1800 });
    await panel.screenshot({ path: screenshotPath('session-panel') });
    await leader.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(leader, 'session panel')).toEqual([]);

    // The pair can go down; a tick more is refused.
    await box(ben, fourteen[13]).uncheck();
    await expect.poll(() => ana.getByTestId('rules-bar').textContent()).toContain('13 of 12');
    await ben.screenshot({ path: screenshotPath('session-lowered-max-room') });
  });

  it('moves a person from their card: their open room switches to the new pair without a reload', async () => {
    await ben.evaluate(() => ((globalThis as { pageMark?: number }).pageMark = 42));
    const card = leader.getByTestId('pair-card-1');
    await card.getByText('Move…').click();
    await card.getByLabel('Person').selectOption('Ben');
    await card.getByLabel('To pair').selectOption('2');
    await card.screenshot({ path: screenshotPath('session-move-control') });
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await eventually(async () => expect(await ben.getByTestId('pair-number').textContent()).toContain('2'), 3 * SECOND);
    await ben.locator('.connection--connected').waitFor();
    expect(await ben.evaluate(() => (globalThis as { pageMark?: number }).pageMark)).toBe(42);
    // Pair 2's (empty) plan, not pair 1's.
    await expect.poll(() => ben.getByTestId('rules-bar').textContent()).toContain('0 of 12');
    expect(await card.getByRole('status').last().textContent()).toContain('Ben is now in pair 2.');
    await expect.poll(() => leader.getByTestId('pair-card-2').textContent()).toMatch(/Ben/);
    // Ana stays in pair 1 with the plan.
    expect(await ana.getByTestId('pair-number').textContent()).toContain('1');
    expect(await ana.getByTestId('rules-bar').textContent()).toContain('13 of 12');
    await ben.screenshot({ path: screenshotPath('session-moved-room') });
  });
});
