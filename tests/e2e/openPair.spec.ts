/**
 * Opening a pair (issue 14): from its card on the dashboard (and from its
 * table row) the leader opens the pair's room read-only while a partner
 * works in it, and sees the ticks and the typing arrive live; the partner
 * sees that the leader is looking, and never sees the leader as a partner;
 * from there the leader messages that pair alone, and moves a person (the
 * table's way to Move…).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe.js';
import { screenshotPath } from './browser.js';
import { coverThenRest, joinThroughPages, newPerson, twoPartners } from './pairRoomFlow.js';

const room = twoPartners({ title: 'Open a pair', pairs: 3 });
const [first, second] = coverThenRest();
let leader: Page;

beforeAll(async () => {
  await joinThroughPages(room.ana, room.server.url, room.workshop.joinCode, 'Ana Ruiz', 2);
  leader = (await newPerson(room.browser)).page;
});

describe('opening a pair from the dashboard', () => {
  it('shows the pair’s room live and read-only while the partner ticks and types', async () => {
    const { ana } = room;
    await ana.getByRole('checkbox', { name: first, exact: true }).check();
    await leader.goto(room.workshop.facilitatorUrl);
    await leader.getByTestId('pair-card-2').waitFor();
    await leader.getByTestId('pair-card-2').screenshot({ path: screenshotPath('open-pair-card') });
    await leader.getByTestId('pair-card-2').getByTestId('open-pair-2').click();
    await leader.getByTestId('watch-room').waitFor();
    await leader.locator('.connection--connected').waitFor();
    expect(new URL(leader.url()).pathname).toBe(`/facilitate/${room.workshop.id}/pair/2`);
    expect(leader.url()).not.toContain(room.workshop.facilitatorKey);
    const leaderFirst = leader.getByRole('checkbox', { name: first, exact: true });
    await expect.poll(() => leaderFirst.isChecked()).toBe(true);
    expect(await leaderFirst.isDisabled()).toBe(true);

    // The partner knows the leader is looking; the leader is not one of the partners.
    await expect.poll(() => ana.getByTestId('leader-watching').textContent()).toContain('The workshop leader is looking at your room.');
    expect(await ana.getByTestId('presence').textContent()).not.toContain('Leader');
    expect(await leader.getByTestId('presence').locator('li').allTextContents()).toEqual(['ARAna Ruiz']);

    // Typing, key by key, arrives as it is typed.
    const note = (page: Page) => page.getByRole('group', { name: first, exact: true }).getByRole('textbox', { name: /^Resources \/ budget/ });
    await note(ana).pressSequentially('Ask the PTA', { delay: 30 });
    await expect.poll(() => note(leader).inputValue()).toBe('Ask the PTA');
    expect(await note(leader).isEditable()).toBe(false);
    await ana.getByRole('checkbox', { name: second, exact: true }).check();
    await expect.poll(() => leader.getByRole('checkbox', { name: second, exact: true }).isChecked()).toBe(true);
    await leader.screenshot({ path: screenshotPath('open-pair-1280'), fullPage: false });
    expect(await axeViolations(leader, 'open pair (read-only)')).toEqual([]);
    expect(await axeViolations(ana, 'pair room watched by the leader')).toEqual([]);
    await ana.evaluate(() => window.scrollTo(0, 0));
    await ana.screenshot({ path: screenshotPath('open-pair-partner-1280') });

    // From the open pair the leader messages that pair alone; its room shows it, and the leader's view of the room too.
    await leader.getByRole('button', { name: 'Message pair 2' }).click();
    await leader.getByLabel('Message to pair 2').fill('Pair 2: a fine start, add one for Celebrate.');
    await leader.getByRole('button', { name: 'Send to pair 2' }).click();
    await expect.poll(() => ana.getByTestId('broadcast').textContent()).toContain('Pair 2: a fine start, add one for Celebrate.');
    await expect.poll(() => leader.getByTestId('broadcast').textContent()).toContain('Pair 2: a fine start, add one for Celebrate.');

    // Back on the dashboard, the partner's notice goes.
    await leader.getByRole('link', { name: /Back to the dashboard/ }).click();
    await leader.getByTestId('pair-card-2').waitFor();
    await expect.poll(() => ana.getByTestId('leader-watching').textContent()).toBe('');
  });

  it('opens a pair from its table row too, and moves a person from there: their room follows them', async () => {
    await leader.getByRole('button', { name: 'Table', exact: true }).click();
    await leader.getByTestId('pair-row-2').getByTestId('open-pair-2').click();
    await leader.getByTestId('watch-room').waitFor();
    await expect.poll(() => leader.getByRole('checkbox', { name: first, exact: true }).isChecked()).toBe(true);

    // The table has no Move…: the open pair has it, listing who is here.
    const { ana } = room;
    await ana.evaluate(() => ((globalThis as { pageMark?: number }).pageMark = 2));
    const actions = leader.getByTestId('watch-actions');
    await actions.getByText('Move…').click();
    await expect.poll(async () => (await actions.getByLabel('Person').locator('option').allTextContents()).includes('Ana Ruiz')).toBe(true);
    await actions.getByLabel('Person').selectOption('Ana Ruiz');
    await actions.getByLabel('To pair').selectOption('3');
    await leader.screenshot({ path: screenshotPath('open-pair-move-1280') });
    await actions.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => ana.getByTestId('pair-number').textContent()).toContain('3');
    expect(await ana.evaluate(() => (globalThis as { pageMark?: number }).pageMark)).toBe(2);
    await expect.poll(() => actions.getByRole('status').last().textContent()).toContain('Ana Ruiz is now in pair 3.');
    await expect.poll(() => leader.getByTestId('presence').textContent()).not.toContain('Ana Ruiz');
    await leader.goto(`${room.server.url}/facilitate/${room.workshop.id}/pair/9`);
    await expect.poll(() => leader.getByRole('alert').textContent()).toContain('There is no pair 9 in this workshop.');
  });
});
