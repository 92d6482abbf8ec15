/**
 * "My workshops" on the start page (issue 14): the workshops this browser
 * runs, archived on this browser, deleted from the server after a
 * confirmation that names the workshop, and one restored from a
 * workshop.json chosen on the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { setPick } from '../../shared/doc/planDoc.js';
import { createWorkshop, request, type CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { connectPartner, synced } from '../utils/partner.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, newPerson } from './pairRoomFlow.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let spring: CreatedWorkshop;
let fall: CreatedWorkshop;
const dir = mkdtempSync(join(tmpdir(), 'pairplan-restore-'));
const leaderGet = (w: CreatedWorkshop, path = '') => request(`${server.url}/api/workshops/${w.id}${path}`, { headers: { authorization: `Bearer ${w.facilitatorKey}` } });

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  spring = await createWorkshop(server.url, { title: 'Spring district workshop', pairs: 3 });
  fall = await createWorkshop(server.url, { title: 'Fall leadership workshop', pairs: 2 });
  // Fall has a plan, to be restored from its file.
  const partner = await connectPartner(server.url, fall.joinCode, 'Ana Ruiz', 2);
  await synced(partner);
  setPick(partner.doc, LIST.strategies[0].activities[1].id, partner.actor, Date.now());
  await new Promise<void>((resolve, reject) => {
    const check = async (): Promise<void> => {
      const file = await leaderGet(fall, '/export/workshop.json');
      const plan = (file.body as { pairs?: { n: number; plan: { picks: Record<string, unknown> } }[] }).pairs?.find((p) => p.n === 2)?.plan;
      if (plan && LIST.strategies[0].activities[1].id in plan.picks) {
        writeFileSync(join(dir, 'workshop.json'), JSON.stringify(file.body));
        resolve();
      } else setTimeout(() => void check().catch(reject), 50);
    };
    void check().catch(reject);
  });
  partner.destroy();
  page = (await newPerson(browser)).page;

  // Opening each facilitator link is what makes this browser remember the workshop.
  for (const w of [spring, fall]) {
    await page.goto(w.facilitatorUrl);
    await page.getByTestId('pair-card-1').waitFor();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const entry = (w: { id: string }) => page.getByTestId(`my-workshop-${w.id}`);

describe('my workshops on the start page', () => {
  it('lists the workshops this browser runs, and archives one on this browser only', async () => {
    await page.goto(`${server.url}/`);
    const list = page.getByTestId('remembered-workshops');
    await expect.poll(() => list.getByRole('link').allTextContents()).toEqual(['Fall leadership workshop', 'Spring district workshop']);
    await page.getByRole('button', { name: 'Archive Fall leadership workshop' }).click();
    await expect.poll(() => page.getByTestId('my-workshops-status').textContent()).toContain('“Fall leadership workshop” is archived on this browser.');
    expect(await list.getByRole('link').allTextContents()).toEqual(['Spring district workshop']);
    const archived = page.getByTestId('archived-workshops');
    expect(await archived.locator('summary').textContent()).toBe('Archived (1)');
    await archived.locator('summary').click();
    expect(await archived.getByRole('link').allTextContents()).toEqual(['Fall leadership workshop']);
    // Archived is this browser's: the workshop is unchanged on the server, and stays archived after a reload.
    expect((await leaderGet(fall)).status).toBe(200);
    await page.reload();
    // (Folded away again: the links are in the page, not yet shown.)
    await expect.poll(() => page.getByTestId('archived-workshops').locator('a').allTextContents()).toEqual(['Fall leadership workshop']);
  });

  it('deletes a workshop from the server only after a confirmation that names it', async () => {
    await page.getByRole('button', { name: 'Delete Spring district workshop…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Spring district workshop” for good?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('every pair’s plan');
    await page.screenshot({ path: screenshotPath('my-workshops-delete-1280') });
    expect(await axeViolations(page, 'delete workshop dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await leaderGet(spring)).status).toBe(200);
    await page.getByRole('button', { name: 'Delete Spring district workshop…' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await leaderGet(spring)).status).toBe(200);

    await page.getByRole('button', { name: 'Delete Spring district workshop…' }).click();
    await dialog.getByRole('button', { name: 'Delete “Spring district workshop”' }).click();
    await expect.poll(() => page.getByTestId('my-workshops-status').textContent()).toContain('“Spring district workshop” was deleted from the server.');
    expect(await entry(spring).count()).toBe(0);
    expect((await leaderGet(spring)).status).toBe(404);
    expect((await leaderGet(fall)).status).toBe(200);
  });

  it('restores a workshop from a workshop.json chosen on the screen, with its plans and new links', async () => {
    const form = page.getByTestId('restore-workshop');
    await form.getByRole('button', { name: 'Restore workshop' }).click();
    await expect.poll(() => form.getByTestId('restore-error').textContent()).toBe('Choose a workshop.json file first.');
    await form.getByLabel('workshop.json file').setInputFiles(join(dir, 'workshop.json'));
    await form.getByRole('button', { name: 'Restore workshop' }).click();
    const status = page.getByTestId('my-workshops-status');
    await expect.poll(() => status.textContent()).toContain('“Fall leadership workshop” was restored with new links.');
    const links = page.getByTestId('remembered-workshops').getByRole('link', { name: 'Fall leadership workshop' });
    expect(await links.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('my-workshops-1280'), fullPage: true });
    expect(await axeViolations(page, 'start page with my workshops')).toEqual([]);
    await status.getByRole('link', { name: 'Open its dashboard' }).click();
    await page.getByTestId('pair-card-2').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Fall leadership workshop');
    const restoredId = new URL(page.url()).pathname.split('/')[2];
    expect(restoredId).not.toBe(fall.id);
    await expect.poll(() => page.getByTestId('pair-card-2').getByTestId('pair-state').textContent()).toBe('Drafting');
    expect(await page.getByTestId('pair-card-2').textContent()).toContain('1 of 14');
  });

  it('says why a file that is no workshop.json is refused, and creates nothing', async () => {
    await page.goto(`${server.url}/`);
    writeFileSync(join(dir, 'broken.json'), '{"title": "Not a workshop"}');
    const form = page.getByTestId('restore-workshop');
    await form.getByLabel('workshop.json file').setInputFiles(join(dir, 'broken.json'));
    await form.getByRole('button', { name: 'Restore workshop' }).click();
    await expect.poll(() => form.getByTestId('restore-error').textContent()).toContain('broken.json could not be restored:');
    expect(await page.getByRole('link', { name: 'Not a workshop' }).count()).toBe(0);
  });
});
