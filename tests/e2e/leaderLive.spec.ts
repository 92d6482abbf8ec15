/**
 * Issue 14 in Chromium (brief "live"): help asked in a pair room shows on
 * the dashboard with its age, the leader answers "On my way" (shown in the
 * room with the time) and clears it, the pair withdraws a request; one pair
 * gets a message the others do not; the warning shows on every screen at
 * the time the leader chose, at zero the leader gets "Need more time?"
 * (+2 adds time and cancels the automatic lock), and the automatic lock
 * locks every plan a grace after zero. The clock is driven from the
 * dashboard (End now, +2) rather than waited for.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { launchBrowser, screenshotPath } from './browser.js';
import { joinThroughPages, newPerson } from './pairRoomFlow.js';

/** The automatic lock's grace here: long enough to see and photograph the prompt, short enough not to wait. */
const GRACE_MS = 4_000;

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let leader: Page;
let ana: Page;
let ben: Page;
let cy: Page;

beforeAll(async () => {
  server = await createTestServer({ CLIENT_DIR: resolve('dist/client') }, { autoLockGraceMs: GRACE_MS });
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'Spring workshop', pairs: 3, timesUp: { warningMinutes: 2 } });
  leader = (await newPerson(browser, 1280, 900)).page;
  [ana, ben, cy] = await Promise.all([1, 2, 3].map(async () => (await newPerson(browser)).page));
  await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', 1);
  await joinThroughPages(ben, server.url, workshop.joinCode, 'Ben Ode', 2);
  await joinThroughPages(cy, server.url, workshop.joinCode, 'Cy Park', 3);
  await leader.goto(workshop.facilitatorUrl);
  await leader.getByTestId('pair-card-1').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const helpButton = (page: Page) => page.locator('.help button');

describe('help that gets answered', () => {
  it('is asked in the room, shown on the dashboard with its age, answered "On my way" with the time, and cleared', async () => {
    await helpButton(ana).click();
    const request = leader.getByTestId('help-request-1');
    await expect.poll(() => request.textContent()).toMatch(/Asked for help · just now/);
    await leader.getByRole('button', { name: 'Answer pair 1: on my way' }).click();
    await expect.poll(() => ana.getByTestId('help-answer').textContent()).toMatch(/^On my way The leader answered at \d{1,2}:\d{2}/);
    expect(await ana.getByTestId('help-answered').textContent()).toMatch(/^On my way/);
    await expect.poll(() => request.textContent()).toMatch(/On my way \(answered \d{1,2}:\d{2}/);
    await leader.getByRole('button', { name: "Clear pair 1's help request" }).click();
    await expect.poll(() => leader.getByTestId('help-request-1').count()).toBe(0);
    await expect.poll(() => helpButton(ana).textContent()).toBe('Ask for help');
    expect(await ana.getByTestId('help-status').textContent()).toBe('');
    expect(await ana.getByTestId('help-answer').textContent()).toBe('');
  });

  it('is withdrawn by the pair', async () => {
    await helpButton(ana).click();
    await leader.getByTestId('help-request-1').waitFor();
    await expect.poll(() => helpButton(ana).textContent()).toBe('Withdraw the request');
    await helpButton(ana).click();
    await expect.poll(() => leader.getByTestId('help-request-1').count()).toBe(0);
  });
});

describe('a message to one pair', () => {
  it('shows in pair 2\'s room with its time, and not in pairs 1 and 3', async () => {
    await leader.getByRole('button', { name: 'Message pair 2' }).click();
    await leader.getByLabel('Message to pair 2').fill('Pair 2: please add one activity for Celebrate.');
    await leader.getByRole('button', { name: 'Send to pair 2' }).click();
    await expect.poll(() => ben.getByTestId('broadcast').textContent()).toMatch(/^Message for your pair \(at \d{1,2}:\d{2}.*\): Pair 2: please add one activity for Celebrate\./);
    await expect.poll(() => leader.getByTestId('message-history').textContent()).toMatch(/Pair 2 Pair 2: please add one activity/);
    // Pairs 1 and 3 are up to date (the leader's next change reaches them) and never showed it.
    await request(`${server.url}/api/workshops/${workshop.id}/timesUp`, { body: { warningMinutes: 1 }, headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
    for (const page of [ana, cy]) expect(await page.getByTestId('broadcast').textContent()).toBe('');
  });
});

describe("time's up as facilitators run it", () => {
  it('warns every screen at the chosen time, with "On my way" and the message in the room', async () => {
    await helpButton(ben).click();
    await leader.getByRole('button', { name: 'Answer pair 2: on my way' }).click();
    await expect.poll(() => ben.getByTestId('help-answer').textContent()).toMatch(/On my way/);
    await leader.getByRole('button', { name: 'Start clock' }).click();
    await expect.poll(() => ana.getByTestId('countdown').getAttribute('class')).toMatch(/countdown--running/);
    expect(await ana.getByTestId('times-up-notice').textContent()).toBe('');
    // 20 minutes on the clock: a 30-minute warning, chosen now on the dashboard, starts the warning at once.
    await leader.getByText(/^Time's up: warning 1 min before the end · no automatic lock$/).click();
    const warning = leader.getByLabel('Warning before the end (minutes)');
    await warning.fill('30');
    await leader.locator('.times-up-warning').getByRole('button', { name: 'Save' }).click();
    for (const page of [ana, ben, cy]) {
      await expect.poll(() => page.getByTestId('times-up-notice').textContent()).toMatch(/^Almost time: (19|20):\d{2} left/);
      expect(await page.getByTestId('countdown').getAttribute('class')).toMatch(/countdown--warning/);
    }
    await expect.poll(() => leader.getByTestId('leader-countdown').getAttribute('data-phase')).toBe('warning');
    const projector = await leader.context().newPage();
    await projector.goto(`${server.url}/facilitate/${workshop.id}/project#key=${workshop.facilitatorKey}`);
    await expect.poll(() => projector.getByTestId('leader-countdown').getAttribute('data-phase')).toBe('warning');
    await projector.close();
    await ben.evaluate(() => window.scrollTo(0, 0));
    await ben.screenshot({ path: screenshotPath('live-pair-room-warning-1280'), fullPage: false });
    await leader.evaluate(() => window.scrollTo(0, 0));
    await leader.screenshot({ path: screenshotPath('live-dashboard-help-1280'), fullPage: false });
  });

  it('at zero asks "Need more time?" before anything locks; +2 adds two minutes and cancels the automatic lock', async () => {
    await leader.getByLabel("Lock every plan automatically at time's up").check();
    await expect.poll(async () => (await request(`${server.url}/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } })).body.live.autoLock).toBe(true);
    await leader.getByRole('button', { name: 'End now' }).click();
    const prompt = leader.getByTestId('times-up-prompt');
    await expect.poll(() => prompt.textContent()).toMatch(/Need more time\?.*Plans lock automatically in 0:0[1-4]/);
    expect(await leader.getByTestId('lock-state').textContent()).toMatch(/Pairs can change their plans/);
    await expect.poll(() => ana.getByTestId('times-up-notice').textContent()).toMatch(/Time is up: the plans lock in 0:0\d/);
    await leader.locator('.clock-panel').screenshot({ path: screenshotPath('live-dashboard-times-up-1280') });
    await leader.getByRole('button', { name: '+2 min' }).click();
    await expect.poll(() => ana.getByRole('timer').textContent()).toMatch(/^(2:00|1:5\d)$/);
    expect(await prompt.count()).toBe(0);
    // Past the grace the first zero would have locked at, the plans are still open.
    const api = await request(`${server.url}/api/workshops/${workshop.id}`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
    expect(api.body.live.autoLockAt).toBeGreaterThan(Date.now() + 60_000);
    expect(api.body.live.locked).toBe(false);
  });

  it('locks every plan by itself a grace after zero', async () => {
    await leader.getByRole('button', { name: 'End now' }).click();
    const ended = Date.now();
    await expect.poll(() => ana.getByTestId('locked-notice').textContent(), { timeout: GRACE_MS + 5_000 }).toMatch(/locked the plans/);
    expect(Date.now() - ended).toBeGreaterThanOrEqual(GRACE_MS - 1_000);
    for (const page of [ben, cy]) await expect.poll(() => page.getByTestId('locked-notice').textContent()).toMatch(/locked the plans/);
    await expect.poll(() => leader.getByTestId('lock-state').textContent()).toMatch(/Plans are locked/);
  });
});
