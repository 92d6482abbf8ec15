/**
 * The workshop leader in Chromium: set up a workshop from a roster of five,
 * watch the pairs live, run one clock that every screen shows alike even
 * with wrong laptop clocks, broadcast, lock, project the tally and spotlight
 * a pair, and download the plans.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../utils/createTestServer.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;
let leader: Page;
let ana: Page;
let ben: Page;
let facilitatorUrl = '';
let joinCode = '';

const ROSTER = ['Ana Ruiz, ana@district.example', 'Ben Ode, ben@district.example', 'Cy Park, cy@district.example', 'Dee Lane', 'Eve Moss, eve@district.example'].join('\n');
const FIRST = LIST.strategies[0].activities[0];

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  leader = (await newPerson(browser)).page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Seconds left on a countdown text such as "19:58" (the first m:ss in it). */
function secondsIn(text: string | null): number {
  const m = /(\d{1,3}):(\d{2})/.exec(text ?? '');
  if (!m) throw new Error(`no time in "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** A participant whose laptop clock is `skewMs` off, joining by name from the roster. */
async function rosterPerson(name: string, skewMs: number): Promise<Page> {
  const { context, page } = await newPerson(browser);
  await context.clock.install({ time: Date.now() + skewMs });
  await page.goto(`${server.url}/j/${joinCode}`);
  await page.getByLabel('Your name').fill(name);
  await page.locator('#join-pair').selectOption('roster');
  await page.getByRole('button', { name: 'Join', exact: true }).click();
  await page.getByTestId('rules-bar').waitFor();
  await page.locator('.connection--connected').waitFor();
  return page;
}

describe('the workshop leader in Chromium', () => {
  it('sets up a workshop from a roster of five: two pairs, one trio, Zoom CSV, private link', async () => {
    await leader.goto(server.url);
    await leader.getByRole('link', { name: 'New workshop' }).click();
    await leader.getByLabel('Workshop title').fill('Spring Partnership Workshop');
    await leader.getByRole('radio', { name: /A roster of names/ }).check();
    await leader.getByLabel(/^Roster: one person per line/).fill(ROSTER);
    await expect.poll(() => leader.getByTestId('roster-summary').textContent()).toMatch(/5 people in 2 pairs/);
    expect(await leader.getByTestId('roster-summary').textContent()).toMatch(/1 trio/);
    expect(await axeViolations(leader, 'set-up')).toEqual([]);
    await leader.screenshot({ path: screenshotPath('setup-1280'), fullPage: true });
    await leader.getByRole('button', { name: 'Create workshop' }).click();
    const link = leader.getByTestId('facilitator-url');
    await link.waitFor();
    facilitatorUrl = (await link.inputValue().catch(() => link.textContent())) ?? '';
    expect(facilitatorUrl).toMatch(/\/facilitate\/[^/?#]+#key=/);
    expect(facilitatorUrl).not.toMatch(/\?/);
    joinCode = ((await leader.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '');
    expect(joinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    expect(await leader.getByRole('img', { name: /^QR code of the join link/ }).count()).toBe(1);
    const [zoom] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: 'Download Zoom CSV' }).or(leader.getByRole('link', { name: 'Download Zoom CSV' })).first().click()]);
    const csv = readFileSync((await zoom.path())!, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toBe('Pre-assign Room Name,Email Address');
    expect(csv).toContain('Room 1,ana@district.example');
    expect(csv).not.toContain('Dee Lane');
    expect(await axeViolations(leader, 'set-up result')).toEqual([]);
  });

  it('watches every pair live: presence, ticks and the tally reach the dashboard', async () => {
    await leader.getByRole('link', { name: 'Open the dashboard' }).or(leader.getByRole('button', { name: 'Open the dashboard' })).first().click();
    await leader.getByRole('heading', { name: /^Pairs/ }).waitFor();
    expect(leader.url()).not.toContain('key=');
    ana = await rosterPerson('Ana Ruiz', -3 * 60_000);
    ben = await rosterPerson('ben ode', 7 * 60_000);
    expect(await ben.getByTestId('pair-number').textContent()).toContain('1');
    const card = leader.getByTestId('pair-card-1');
    await expect.poll(() => card.textContent()).toMatch(/Ana Ruiz/);
    // Typed as "ben ode", shown as the roster spells it.
    await expect.poll(() => card.textContent()).toMatch(/Ben Ode/);
    await ana.getByRole('checkbox', { name: FIRST.text, exact: true }).check();
    await expect.poll(() => leader.getByTestId(`tally-row-${FIRST.id}`).textContent()).toMatch(/\b1\b/);
    await expect.poll(() => card.textContent()).toMatch(/1 of 14|1\s*\/\s*14/);
    // The trio of pair 2 shows on the same stream.
    const cy = await rosterPerson('Cy Park', 0);
    expect(await cy.getByTestId('pair-number').textContent()).toContain('2');
    const second = LIST.strategies[1].activities[0];
    await cy.getByRole('checkbox', { name: second.text, exact: true }).check();
    await expect.poll(() => leader.getByTestId('pair-card-2').textContent()).toMatch(/Cy Park/);
    await expect.poll(() => leader.getByTestId(`tally-row-${second.id}`).textContent()).toMatch(/\b1\b/);
    expect(await axeViolations(leader, 'dashboard')).toEqual([]);
    await leader.screenshot({ path: screenshotPath('dashboard-1280') });
    await leader.setViewportSize({ width: 1920, height: 1080 });
    await leader.screenshot({ path: screenshotPath('dashboard-1920') });
    await leader.setViewportSize({ width: 1280, height: 720 });
  });

  it('runs one clock that every screen shows within a second, whatever the laptop clocks say', async () => {
    // The laptops really are minutes off: 3 minutes slow and 7 minutes fast.
    expect(Math.abs((await ana.evaluate(() => Date.now())) - Date.now() + 3 * 60_000)).toBeLessThan(5_000);
    expect(Math.abs((await ben.evaluate(() => Date.now())) - Date.now() - 7 * 60_000)).toBeLessThan(5_000);
    await leader.getByRole('button', { name: 'Start clock' }).click();
    const leaderClock = leader.getByTestId('leader-countdown').locator('.clock-face-time');
    await expect.poll(() => ana.getByTestId('countdown').textContent()).toMatch(/\d:\d\d/);
    await expect.poll(() => ben.getByTestId('countdown').textContent()).toMatch(/\d:\d\d/);
    const [a, b, l] = await Promise.all([ana.getByTestId('countdown').textContent(), ben.getByTestId('countdown').textContent(), leaderClock.textContent()]);
    const seconds = [secondsIn(a), secondsIn(b), secondsIn(l)];
    expect(Math.max(...seconds) - Math.min(...seconds)).toBeLessThanOrEqual(1);
    expect(seconds[0]).toBeGreaterThan(19 * 60);
  });

  it('broadcasts a message to every room and locks every plan', async () => {
    await leader.getByLabel('Message', { exact: true }).fill('Five minutes left: agree on your plan.');
    await leader.getByRole('button', { name: 'Send to all pairs' }).click();
    await expect.poll(() => ben.getByTestId('broadcast').textContent()).toContain('Five minutes left');
    await leader.getByRole('button', { name: 'Lock all plans' }).click();
    await expect.poll(() => ana.getByTestId('locked-notice').textContent()).toMatch(/locked/i);
    expect(await ana.getByRole('checkbox', { name: FIRST.text, exact: true }).isDisabled()).toBe(true);
    await leader.getByRole('button', { name: 'Unlock all plans' }).click();
    await expect.poll(() => ana.getByRole('checkbox', { name: FIRST.text, exact: true }).isDisabled()).toBe(false);
  });

  it('downloads every plan from the dashboard', async () => {
    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: 'All plans (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^spring-partnership-workshop.*plans\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(FIRST.text);
    expect(csv).toContain('Ana Ruiz');
  });

  it('remembers the workshop: another day, the start page reopens its dashboard without the link', async () => {
    const page = await leader.context().newPage();
    await page.goto(server.url);
    const remembered = page.getByTestId('remembered-workshops');
    await remembered.getByRole('link', { name: 'Spring Partnership Workshop' }).click();
    await page.getByTestId('pair-card-1').waitFor();
    expect(page.url()).not.toContain('key=');
    await page.close();
  });

  it('projects the tally without scrolling, and spotlights a pair with ←/→ and Esc', async () => {
    const projector = (await newPerson(browser, 1920, 1080)).page;
    await projector.goto(facilitatorUrl.replace(/\/facilitate\/([^#]+)#/, '/facilitate/$1/project#'));
    await projector.getByTestId('projector-tally').waitFor();
    await expect.poll(() => projector.getByTestId(`projector-row-${FIRST.id}`).textContent()).toMatch(/\b1\b/);
    const fits = () => projector.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight && document.documentElement.scrollWidth <= window.innerWidth);
    expect(await fits()).toBe(true);
    expect(await axeViolations(projector, 'projector')).toEqual([]);
    await projector.screenshot({ path: screenshotPath('projector-1920') });
    await projector.setViewportSize({ width: 1280, height: 720 });
    await projector.waitForTimeout(300);
    expect(await fits()).toBe(true);
    await projector.screenshot({ path: screenshotPath('projector-1280') });
    await projector.keyboard.press('ArrowRight');
    const spotlight = projector.getByTestId('spotlight');
    await spotlight.waitFor();
    expect(await spotlight.getAttribute('data-pair')).toBe('1');
    expect(await spotlight.textContent()).toContain(FIRST.text);
    expect(await axeViolations(projector, 'projector spotlight')).toEqual([]);
    await projector.screenshot({ path: screenshotPath('spotlight-1280') });
    await projector.keyboard.press('ArrowRight');
    await expect.poll(() => spotlight.getAttribute('data-pair')).toBe('2');
    await projector.keyboard.press('ArrowRight');
    await expect.poll(() => spotlight.getAttribute('data-pair')).toBe('1');
    await projector.keyboard.press('ArrowLeft');
    await expect.poll(() => spotlight.getAttribute('data-pair')).toBe('2');
    await projector.keyboard.press('Escape');
    await projector.getByTestId('projector-tally').waitFor();
    expect(await spotlight.count()).toBe(0);
  });
});
