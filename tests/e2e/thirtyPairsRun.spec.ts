/**
 * A real workshop run end to end (issue 14, "Done means"): thirty pairs, a
 * partner in each joined through the API (a browser each would be too
 * heavy) and two partners in real browser pages, the leader on a 1280×720
 * dashboard in the table view. Everything the issue asks for happens in
 * this one workshop, in the order a session runs: the table fits, a pair is
 * opened live from its row, help is asked, answered and cleared, one pair
 * gets a message the others do not, the rules change without losing ticks,
 * a pair is added and a person moved while partners are connected, and
 * time's up runs its warning, its prompt and the automatic lock.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { setPick, toSnapshot } from '../../shared/doc/planDoc.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { eventually } from '../utils/eventually.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { launchBrowser, screenshotPath } from './browser.js';
import { LIST, joinThroughPages, newPerson } from './pairRoomFlow.js';

/** The automatic lock's grace here: long enough to see the prompt, short enough not to wait long. */
const GRACE_MS = 4_000;
const PAIRS = 30;
/** Pair 5 and pair 17 are real browser pages; every other pair has a partner joined through the API. */
const ANA_PAIR = 5;
const BO_PAIR = 17;
/** The pair whose plan has 14 ticks when the leader lowers the maximum to 12. */
const FULL_PAIR = 9;

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let leader: Page;
let ana: Page;
let bo: Page;
const partners = new Map<number, Partner>();

const allActivities = LIST.strategies.flatMap((s) => s.activities);
const row = (n: number) => leader.getByTestId(`pair-row-${n}`);

beforeAll(async () => {
  server = await createTestServer({ CLIENT_DIR: resolve('dist/client') }, { autoLockGraceMs: GRACE_MS });
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'District workshop, thirty pairs', pairs: PAIRS, timesUp: { warningMinutes: 2, autoLock: true } });
  for (let n = 1; n <= PAIRS; n++) {
    if (n === ANA_PAIR || n === BO_PAIR) continue;
    const partner = await connectPartner(server.url, workshop.joinCode, `Partner ${n}`, n);
    partners.set(n, partner);
    await synced(partner);
    if (n % 4 === 0) setPick(partner.doc, allActivities[n % allActivities.length].id, partner.actor, Date.now());
  }
  ana = (await newPerson(browser)).page;
  bo = (await newPerson(browser)).page;
  await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', ANA_PAIR);
  await joinThroughPages(bo, server.url, workshop.joinCode, 'Bo Lee', BO_PAIR);
  leader = (await newPerson(browser, 1280, 720)).page;
  await leader.goto(workshop.facilitatorUrl);
  await leader.getByTestId(`pair-card-${PAIRS}`).waitFor();
  await leader.getByRole('button', { name: 'Table', exact: true }).click();
  await row(PAIRS).waitFor();
}, 120_000);

afterAll(async () => {
  for (const p of partners.values()) p.destroy();
  await browser?.close();
  await server?.close();
});

describe('a 30-pair workshop, run from the table view', () => {
  it('fits every pair in two screen heights', async () => {
    expect(await leader.getByTestId('pairs-table').locator('tbody tr').count()).toBe(PAIRS);
    const bottom = await row(PAIRS).evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThanOrEqual(2 * 720);
  });

  it('opens a pair from its row, live: a tick in the room shows in the leader’s view', async () => {
    await row(ANA_PAIR).getByTestId(`open-pair-${ANA_PAIR}`).click();
    await leader.getByTestId('watch-room').waitFor();
    const first = LIST.strategies[0].activities[0].text;
    await ana.getByRole('checkbox', { name: first, exact: true }).check();
    await expect.poll(() => leader.getByRole('checkbox', { name: first, exact: true }).isChecked()).toBe(true);
    await leader.getByRole('link', { name: /Back to the dashboard/ }).click();
    await row(PAIRS).waitFor();
  });

  it('answers a pair’s help request "On my way" from its row, and clears it', async () => {
    await ana.locator('.help button').click();
    await expect.poll(() => row(ANA_PAIR).getByTestId(`help-request-${ANA_PAIR}`).textContent()).toMatch(/Asked for help/);
    await leader.getByRole('button', { name: `Answer pair ${ANA_PAIR}: on my way` }).click();
    await expect.poll(() => ana.getByTestId('help-answer').textContent()).toMatch(/^On my way/);
    await leader.getByRole('button', { name: `Clear pair ${ANA_PAIR}'s help request` }).click();
    await expect.poll(() => ana.getByTestId('help-answer').textContent()).toBe('');
    await expect.poll(() => leader.getByTestId(`help-request-${ANA_PAIR}`).count()).toBe(0);
  });

  it('sends one pair a message the others do not get', async () => {
    await row(BO_PAIR).getByRole('button', { name: `Message pair ${BO_PAIR}` }).click();
    await leader.getByLabel(`Message to pair ${BO_PAIR}`).fill('Pair 17: the clock is on, pick your last one.');
    await leader.getByRole('button', { name: `Send to pair ${BO_PAIR}` }).click();
    await expect.poll(() => bo.getByTestId('broadcast').textContent()).toContain('Pair 17: the clock is on');
    expect(await ana.getByTestId('broadcast').textContent()).toBe('');
  });

  it('lowers the maximum from 14 to 12 mid-session without dropping a tick', async () => {
    const full = partners.get(FULL_PAIR)!;
    for (const activity of allActivities.slice(0, 14)) setPick(full.doc, activity.id, full.actor, Date.now());
    await expect.poll(() => row(FULL_PAIR).textContent()).toMatch(/14 of 14/);
    const panel = leader.getByTestId('session-panel');
    await panel.getByLabel(/^At most in total/).fill('12');
    await panel.getByRole('button', { name: 'Change rules' }).click();
    await expect.poll(() => row(FULL_PAIR).textContent()).toMatch(/14 of 12/);
    await expect.poll(() => bo.getByTestId('rules-bar').textContent()).toContain('of 12');
    expect(Object.keys(toSnapshot(full.doc).picks)).toHaveLength(14);
    // The server keeps all fourteen: a partner who joins pair 9 now sees them.
    const late = await connectPartner(server.url, workshop.joinCode, 'Late partner', FULL_PAIR);
    partners.set(100 + FULL_PAIR, late);
    await synced(late);
    expect(Object.keys(toSnapshot(late.doc).picks)).toHaveLength(14);
  });

  it('adds a pair and moves a connected person into it; their open room follows without a reload', async () => {
    const panel = leader.getByTestId('session-panel');
    await panel.getByLabel('Pairs to add').fill('1');
    await panel.getByRole('button', { name: 'Add pairs' }).click();
    await row(PAIRS + 1).waitFor();
    // Move… is on the cards.
    await leader.getByRole('button', { name: 'Cards', exact: true }).click();
    await bo.evaluate(() => ((globalThis as { pageMark?: number }).pageMark = 17));
    const card = leader.getByTestId(`pair-card-${BO_PAIR}`);
    await card.getByText('Move…').click();
    await card.getByLabel('Person').selectOption('Bo Lee');
    await card.getByLabel('To pair').selectOption(String(PAIRS + 1));
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    await eventually(async () => expect(await bo.getByTestId('pair-number').textContent()).toContain(String(PAIRS + 1)), 5_000);
    expect(await bo.evaluate(() => (globalThis as { pageMark?: number }).pageMark)).toBe(17);
    await expect.poll(() => leader.getByTestId(`pair-card-${PAIRS + 1}`).textContent()).toMatch(/Bo Lee/);
    await leader.getByRole('button', { name: 'Table', exact: true }).click();
    await row(PAIRS + 1).waitFor();
  });

  it('runs time’s up: the warning on every screen, "Need more time?" at zero, then the automatic lock', async () => {
    await leader.getByRole('button', { name: 'Start clock' }).click();
    // 20 minutes on the clock: a 30-minute warning, chosen now, starts the warning at once.
    await leader.getByText(/^Time's up: warning 2 min before the end/).click();
    await leader.getByLabel('Warning before the end (minutes)').fill('30');
    await leader.locator('.times-up-warning').getByRole('button', { name: 'Save' }).click();
    for (const page of [ana, bo]) await expect.poll(() => page.getByTestId('times-up-notice').textContent()).toMatch(/^Almost time/);
    await expect.poll(() => leader.getByTestId('leader-countdown').getAttribute('data-phase')).toBe('warning');
    await leader.getByRole('button', { name: 'End now' }).click();
    await expect.poll(() => leader.getByTestId('times-up-prompt').textContent()).toMatch(/Need more time\?/);
    expect(await leader.getByTestId('lock-state').textContent()).toMatch(/Pairs can change their plans/);
    await leader.screenshot({ path: screenshotPath('thirty-pairs-times-up-1280') });
    for (const page of [ana, bo]) await expect.poll(() => page.getByTestId('locked-notice').textContent(), { timeout: GRACE_MS + 10_000 }).toMatch(/locked the plans/);
    await expect.poll(() => leader.getByTestId('lock-state').textContent()).toMatch(/Plans are locked/);
  });
});
