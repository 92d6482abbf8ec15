/**
 * Two people typing into one field at once, in two browsers through the
 * real pages (issue "Nothing typed is lost"): both keep every word, in the
 * same order on both screens and on a third partner's who joins later; the
 * partner sees who is writing where; a write-in's text is edited, not only
 * removed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { CreatedWorkshop } from '../utils/api.js';
import type { TestServer } from '../utils/createTestServer.js';
import { screenshotPath } from './browser.js';
import { coverThenRest, joinThroughPages, LIST, newPerson, twoPartners } from './pairRoomFlow.js';

const room = twoPartners({ title: 'Typing together', pairs: 2 });
let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let ana: Page;
let maria: Page;
beforeAll(async () => {
  ({ server, browser, workshop, ana, maria } = room);
  await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', 1);
  await joinThroughPages(maria, server.url, workshop.joinCode, 'Maria Lopez', 1);
});

const [first] = coverThenRest();
const resources = (page: Page): Locator => page.getByRole('group', { name: first, exact: true }).getByRole('textbox', { name: /^Resources \/ budget/ });

describe('typing into one field at once', () => {
  it('shows the partner who is writing in the field', async () => {
    await ana.getByRole('checkbox', { name: first, exact: true }).check();
    await expect.poll(() => resources(maria).count()).toBe(1);
    await resources(ana).click();
    const hint = maria.getByRole('group', { name: first, exact: true }).getByTestId('writing-here');
    await expect.poll(() => hint.textContent()).toBe('Ana Ruiz is writing here…');
    await resources(maria).click();
    await expect.poll(() => ana.getByRole('group', { name: first, exact: true }).getByTestId('writing-here').textContent()).toBe('Maria Lopez is writing here…');
  });

  it('keeps every word of both, in the same order on both screens and a late partner’s', async () => {
    const anaWords = 'Ask the principals first. ';
    const mariaWords = 'Then the PTA in October.';
    // Both carets in the empty field; both type at once, key by key.
    await Promise.all([resources(ana).pressSequentially(anaWords, { delay: 25 }), resources(maria).pressSequentially(mariaWords, { delay: 25 })]);
    await expect.poll(async () => (await resources(ana).inputValue()) === (await resources(maria).inputValue()) && (await resources(ana).inputValue()).length).toBe(anaWords.length + mariaWords.length);
    const text = await resources(ana).inputValue();
    expect(text).toContain(anaWords);
    expect(text).toContain(mariaWords);
    await ana.screenshot({ path: screenshotPath('typing-together-1280') });
    const cy = (await newPerson(browser)).page;
    await joinThroughPages(cy, server.url, workshop.joinCode, 'Cy Park', 1);
    await expect.poll(() => resources(cy).inputValue()).toBe(text);
  });

  it('edits a write-in’s text, live for the partner', async () => {
    const strategy = LIST.strategies[3];
    await maria.getByRole('textbox', { name: `Other activity for ${strategy.title}` }).fill('Family cafe');
    await maria.getByRole('button', { name: `Add other activity for ${strategy.title}` }).click();
    const own = (page: Page): Locator => page.getByTestId('write-in').getByRole('textbox', { name: /^Our own activity/ });
    await expect.poll(() => own(ana).inputValue()).toBe('Family cafe');
    await own(ana).click();
    await own(ana).press('End');
    await own(ana).pressSequentially(', monthly');
    await expect.poll(() => own(maria).inputValue()).toBe('Family cafe, monthly');
  });
});
