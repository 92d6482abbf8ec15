/**
 * pairplan inside a simulated Zoom meeting (issue 16), through the real pages
 * and a real server in Zoom mode; only the Zoom adapter is replaced
 * (PAIRPLAN_ZOOM_FAKE build, fakeZoomSdk.ts ↔ ZoomMeeting.ts). The host
 * links the meeting, invites, creates the rooms from the pairs and opens
 * them; four roster members land in their two pairs without typing; one is
 * moved and follows without a reload; one in a room that is no pair picks
 * a pair by hand.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createWorkshop, type CreatedWorkshop } from '../../utils/api.js';
import { createTestServer, type TestServer } from '../../utils/createTestServer.js';
import { TEST_ZOOM_APP } from '../../utils/encryptZoomContext.js';
import { axeViolations } from '../axe.js';
import { launchBrowser, screenshotPath } from '../browser.js';
import { newPerson } from '../pairRoomFlow.js';
import { ZoomMeeting, type ZoomPerson } from './ZoomMeeting.js';

const ROSTER = [
  { name: 'Ana Ruiz', pair: 1 },
  { name: 'Ben Ito', pair: 1 },
  { name: 'Cam Diaz', pair: 2 },
  { name: 'Dee Okoro', pair: 2 },
];

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
const meeting = new ZoomMeeting();
const pages = new Map<string, Page>();
let host: Page;

async function openApp(person: ZoomPerson, width = 900): Promise<Page> {
  const { page } = await newPerson(browser, width, 800);
  await meeting.openApp(person, page, server.url);
  pages.set(person.screenName, page);
  return page;
}

const pairNumber = (page: Page) => page.getByTestId('pair-number').textContent();

beforeAll(async () => {
  server = await createTestServer({ CLIENT_DIR: resolve('dist/client-zoom-fake'), ...TEST_ZOOM_APP });
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'Family Partnership Workshop', roster: ROSTER });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pairplan as a Zoom App (simulated Zoom client)', () => {
  it('the host links the meeting to the workshop and invites everyone from the main room', async () => {
    const hostPerson = meeting.join('Leader Lee', 'host');
    for (const member of ROSTER) meeting.join(member.name);
    host = await openApp(hostPerson, 1100);
    await host.getByTestId('zoom-host').waitFor();
    expect(await axeViolations(host, 'zoom host panel (link)')).toEqual([]);
    await host.getByLabel('Facilitator link').fill(`${workshop.facilitatorUrl}`);
    await host.getByRole('button', { name: 'Link this meeting' }).click();
    await expect.poll(() => host.getByTestId('zoom-linked').textContent()).toContain('“Family Partnership Workshop” (2 pairs)');
    await host.getByRole('button', { name: 'Invite everyone' }).click();
    await expect.poll(() => meeting.invitations).toBe(1);
  });

  it('a participant in the main room sees the introduction and the clock', async () => {
    const ana = await openApp(meeting.people[1]);
    await ana.getByTestId('zoom-main-room').waitFor();
    expect(await ana.getByTestId('zoom-main-room').textContent()).toContain('Family Partnership Workshop');
    await ana.getByTestId('leader-countdown').waitFor();
    await ana.screenshot({ path: screenshotPath('zoom-main-room') });
    expect(await axeViolations(ana, 'zoom main room')).toEqual([]);
  });

  it('the host creates the rooms from the pairs, roster members assigned, and opens them', async () => {
    await host.getByRole('button', { name: 'Create 2 breakout rooms from the pairs' }).click();
    await expect.poll(() => host.getByTestId('zoom-host-note').textContent()).toContain('2 are pairs, 4 people from the roster assigned');
    expect(meeting.rooms.map((r) => r.name)).toEqual(['Pair 1', 'Pair 2']);
    await host.screenshot({ path: screenshotPath('zoom-host-panel') });
    expect(await axeViolations(host, 'zoom host panel (rooms)')).toEqual([]);
    await host.getByRole('button', { name: 'Español' }).click();
    await host.getByRole('button', { name: 'Abrir las salas para grupos pequeños' }).waitFor();
    await host.screenshot({ path: screenshotPath('zoom-host-panel-es') });
    await host.getByRole('button', { name: 'English' }).click();
    await host.getByRole('button', { name: 'Open the breakout rooms' }).click();
    await expect.poll(() => host.getByTestId('zoom-host-note').textContent()).toContain('open');
  });

  it('four participants land in their two pairs, named by Zoom, without typing', async () => {
    const ana = pages.get('Ana Ruiz')!;
    // Ana was already open in the main room: the room change took her to her pair.
    await expect.poll(() => pairNumber(ana), { timeout: 10_000 }).toContain('1');
    for (const member of ROSTER.slice(1)) await openApp(meeting.people.find((p) => p.screenName === member.name)!);
    for (const member of ROSTER) {
      const page = pages.get(member.name)!;
      await expect.poll(() => pairNumber(page), { timeout: 10_000 }).toContain(String(member.pair));
      await page.locator('.connection--connected').waitFor();
    }
    await expect.poll(() => ana.getByTestId('presence').textContent()).toContain('Ben Ito');
    await expect.poll(() => pages.get('Cam Diaz')!.getByTestId('presence').textContent()).toContain('Dee Okoro');
    expect(await pages.get('Cam Diaz')!.getByTestId('presence').textContent()).not.toContain('Ana Ruiz');
    await ana.screenshot({ path: screenshotPath('zoom-participant-landed') });
  });

  it('one moved to another room follows there without a reload, as the same person', async () => {
    const ben = pages.get('Ben Ito')!;
    await ben.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await meeting.move(meeting.people.find((p) => p.screenName === 'Ben Ito')!, meeting.roomNamed('Pair 2').uuid);
    await expect.poll(() => pairNumber(ben), { timeout: 10_000 }).toContain('2');
    await ben.locator('.connection--connected').waitFor();
    expect(await ben.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await expect.poll(() => pages.get('Cam Diaz')!.getByTestId('presence').textContent()).toContain('Ben Ito');
    await expect.poll(() => pages.get('Ana Ruiz')!.getByTestId('presence').textContent()).not.toContain('Ben Ito');
  });

  it('one in a room that is no pair is told so and picks a pair by hand', async () => {
    const eve = meeting.join('Eve Late');
    const overflow = meeting.addRoomInZoom('Overflow');
    await meeting.move(eve, overflow);
    const page = await openApp(eve);
    await page.getByTestId('zoom-unmapped').waitFor();
    expect(await page.getByLabel('Your name').inputValue()).toBe('Eve Late');
    await page.screenshot({ path: screenshotPath('zoom-unmapped-fallback') });
    await page.locator('#join-pair').selectOption('1');
    await page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect.poll(() => pairNumber(page)).toContain('1');
    await expect.poll(() => pages.get('Ana Ruiz')!.getByTestId('presence').textContent()).toContain('Eve Late');
  });

  it('the dashboard runs inside Zoom as in a browser, every pair on it', async () => {
    await host.getByRole('link', { name: 'Open the dashboard' }).click();
    await host.getByRole('heading', { name: /^Pairs/ }).waitFor();
    await expect.poll(() => host.getByTestId('pair-card-2').textContent()).toContain('Ben Ito');
  });
});
