/**
 * Two people in two browsers build one plan together through the real pages,
 * against a real server serving the built client.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { axeViolations } from './axe.js';
import { screenshotPath } from './browser.js';
import { coverThenRest, joinThroughPages, LIST, twoPartners } from './pairRoomFlow.js';

const room = twoPartners({ title: 'Spring Partnership Workshop', pairs: 4 });
let server: TestServer;
let workshop: CreatedWorkshop;
let ana: Page;
let maria: Page;
beforeAll(async () => {
  ({ server, workshop, ana, maria } = room);
});

const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text, exact: true });

describe('the pair room in Chromium', () => {
  it('the join page is accessible and joins both partners into pair 1', async () => {
    await ana.goto(`${server.url}/j/${workshop.joinCode}`);
    await ana.getByLabel('Your name').waitFor();
    expect(await axeViolations(ana, 'join')).toEqual([]);
    await ana.screenshot({ path: screenshotPath('join-1280') });
    await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', 1);
    await joinThroughPages(maria, server.url, workshop.joinCode, 'Maria Lopez', 1);
    expect(await ana.getByTestId('pair-number').textContent()).toContain('1');
    await expect.poll(() => ana.getByTestId('presence').textContent()).toContain('Maria Lopez');
    await expect.poll(() => maria.getByTestId('presence').textContent()).toContain('Ana Ruiz');
  });

  it("shows a partner's tick at once, with who ticked it, and keeps the rules bar current", async () => {
    const [first] = coverThenRest();
    await box(ana, first).check();
    await expect.poll(() => box(maria, first).isChecked()).toBe(true);
    const item = maria.locator('li.item', { has: box(maria, first) });
    expect(await item.textContent()).toMatch(/AR|Ana Ruiz/);
    await expect.poll(() => maria.getByTestId('rules-bar').textContent()).toContain('1 of 14');
    expect(await maria.getByTestId('rules-bar').textContent()).toContain(`1 of ${LIST.strategies.length} strategies`);
  });

  it('refuses a tick past the maximum with a clear message, and agreeing is blocked until the rules hold', async () => {
    const texts = coverThenRest();
    expect(await ana.getByRole('button', { name: 'We agree' }).getAttribute('aria-disabled')).toBe('true');
    for (const text of texts.slice(1, 13)) await box(ana, text).check();
    expect(await ana.getByRole('button', { name: 'We agree' }).getAttribute('aria-disabled')).not.toBe('true');
    await box(maria, texts[13]).check();
    await expect.poll(() => ana.getByTestId('rules-bar').textContent()).toContain('14 of 14');
    await box(ana, texts[14]).click();
    await expect.poll(() => ana.getByTestId('refusal').textContent()).toContain('maximum');
    expect(await box(ana, texts[14]).isChecked()).toBe(false);
    await ana.screenshot({ path: screenshotPath('pair-room-1280'), fullPage: false });
    expect(await axeViolations(ana, 'pair room (choose mode)')).toEqual([]);
  });

  it('proposes the plan when both agree, and a change afterwards withdraws the agreements visibly', async () => {
    await ana.getByRole('button', { name: 'We agree' }).click();
    await maria.getByRole('button', { name: 'We agree' }).click();
    await expect.poll(() => ana.getByTestId('agree-status').textContent()).toMatch(/proposed/i);
    const [first] = coverThenRest();
    await box(maria, first).uncheck();
    await expect.poll(() => ana.getByTestId('agree-status').textContent()).toMatch(/withdrawn|took back|changed/i);
    // Both are asked to agree again, to the changed plan.
    expect(await ana.getByRole('button', { name: 'We agree' }).isVisible()).toBe(true);
    expect(await maria.getByRole('button', { name: 'We agree' }).isVisible()).toBe(true);
    expect(await ana.getByTestId('agree-status').textContent()).not.toMatch(/proposed/i);
    await box(maria, first).check();
    await expect.poll(() => ana.getByTestId('rules-bar').textContent()).toContain('14 of 14');
  });

  it('fills the plan draft live for both partners', async () => {
    const [first] = coverThenRest();
    const draft = ana.getByRole('group', { name: first, exact: true });
    await draft.getByRole('textbox', { name: /^Person or office responsible/ }).fill('Family engagement office');
    const mariaDraft = maria.getByRole('group', { name: first, exact: true });
    await expect.poll(() => mariaDraft.getByRole('textbox', { name: /^Person or office responsible/ }).inputValue()).toBe('Family engagement office');
  });

  it('a reload brings the person back into their pair as themselves, with the plan intact', async () => {
    await ana.reload();
    await ana.locator('.connection--connected').waitFor();
    expect(await ana.getByTestId('pair-number').textContent()).toContain('1');
    await expect.poll(() => ana.getByTestId('rules-bar').textContent()).toContain('14 of 14');
    await expect.poll(() => maria.getByTestId('presence').textContent()).toContain('Ana Ruiz');
  });

  it('downloads a real PDF of the plan from the pair room', async () => {
    const [download] = await Promise.all([ana.waitForEvent('download'), ana.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^spring-partnership-workshop-pair-1.*\.pdf$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(1000);
  });

  it('opens the print view of the plan', async () => {
    await ana.getByRole('link', { name: 'Print view' }).click();
    await ana.getByTestId('print-plan').waitFor();
    const text = (await ana.getByTestId('print-plan').textContent()) ?? '';
    for (const t of coverThenRest().slice(0, 14)) expect(text).toContain(t);
    expect(text).toContain('Family engagement office');
    expect(text).toContain('Maria Lopez');
    expect(await ana.getByTestId('print-source').textContent()).toBe(LIST.source);
    expect(await axeViolations(ana, 'print view')).toEqual([]);
    await ana.screenshot({ path: screenshotPath('print-view'), fullPage: true });
    await ana.goBack();
    await ana.getByTestId('rules-bar').waitFor();
  });

  it('reads well at phone width', async () => {
    await maria.setViewportSize({ width: 360, height: 780 });
    await maria.getByTestId('rules-bar').waitFor();
    const overflow = await maria.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await maria.screenshot({ path: screenshotPath('pair-room-360') });
    expect(await axeViolations(maria, 'pair room at 360 px')).toEqual([]);
  });

  it('reflows at 320 px, and at 200% zoom the list stays readable: nothing scrolls sideways, nothing sticky covers it', async () => {
    const overflow = () => maria.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await maria.setViewportSize({ width: 320, height: 640 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    // 1280×720 at 200% zoom is a 640×360 CSS-pixel viewport.
    await maria.setViewportSize({ width: 640, height: 360 });
    expect(await overflow()).toBeLessThanOrEqual(0);
    await maria.evaluate(() => window.scrollTo(0, 600));
    const covered = await maria.getByTestId('rules-bar').evaluate((bar) => {
      const rect = bar.getBoundingClientRect();
      return Math.max(0, Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, 0)) / window.innerHeight;
    });
    expect(covered).toBeLessThan(0.25);
    for (const text of coverThenRest().slice(0, 3)) expect(await box(maria, text).count()).toBe(1);
    await maria.screenshot({ path: screenshotPath('pair-room-zoom-200') });
    await maria.setViewportSize({ width: 1280, height: 720 });
  });
});
