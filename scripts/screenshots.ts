/**
 * `npm run screenshots`: the README's pictures, taken from the real app so
 * they stay current. Builds nothing itself (the npm script runs `vite build`
 * first); starts a server on a temporary data directory, fills a workshop
 * with partners (real y-websocket clients for most pairs, two real browser
 * pages for pair 1), and saves PNGs under docs/screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { addWriteIn, agree, setPick, toSnapshot } from '../shared/doc/planDoc.js';
import { planFingerprint } from '../shared/rules/planFingerprint.js';
import { ESSENTIAL_LIST_2020_21 } from '../shared/lists/essentialList2020.js';
import { launchBrowser, startAppServer } from '../tests/e2e/browser.js';
import { joinThroughPages, newPerson } from '../tests/e2e/pairRoomFlow.js';
import { createWorkshop } from '../tests/utils/api.js';
import { connectPartner, synced, type Partner } from '../tests/utils/partner.js';

const OUT = resolve('docs/screenshots');
const LIST = ESSENTIAL_LIST_2020_21;
const ROSTER = [
  'Ana Ruiz',
  'Maria Lopez',
  'James Carter',
  'Linh Nguyen',
  'Fatima Hassan',
  'David Kim',
  'Grace Okafor',
  'Tom Becker',
  'Sofia Rossi',
  'Ben Adams',
  'Priya Shah',
  'Luis Ortega',
];

/** A deterministic spread of choices: pair n picks the first of each strategy plus n-dependent extras. */
function choicesFor(n: number): string[] {
  const ids: string[] = [];
  LIST.strategies.forEach((s, i) => {
    ids.push(s.activities[(n + i) % s.activities.length].id);
    if ((n + i) % 3 === 0 && s.activities.length > 1) ids.push(s.activities[(n + i + 1) % s.activities.length].id);
  });
  return ids.slice(0, 4 + n);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`  docs/screenshots/${name}.png`);
}

/** Scrolls `selector` to the top of the screen (below any sticky bar), then saves the screen. */
async function shotAt(page: Page, name: string, selector: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => {
    const sticky = document.querySelector('.sticky-bar')?.getBoundingClientRect().height ?? 0;
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - sticky - 8);
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startAppServer();
  const browser = await launchBrowser();
  const partners: Partner[] = [];
  try {
    const roster = ROSTER.map((name, i) => ({ name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@district.example`, pair: Math.floor(i / 2) + 1 }));
    const workshop = await createWorkshop(server.url, { title: 'Spring Partnership Workshop', roster });
    // Pairs 2–6 fill their plans through real sync clients.
    for (let n = 2; n <= 6; n++) {
      const [a, b] = ROSTER.slice((n - 1) * 2, n * 2);
      const pa = await connectPartner(server.url, workshop.joinCode, a, n);
      const pb = await connectPartner(server.url, workshop.joinCode, b, n);
      partners.push(pa, pb);
      await Promise.all([synced(pa), synced(pb)]);
      choicesFor(n).forEach((id, i) => setPick((i % 2 ? pb : pa).doc, id, (i % 2 ? pb : pa).actor, Date.now()));
      if (n === 3) addWriteIn(pa.doc, 'share-knowledge', 'Monthly family café with the superintendent', pa.actor, Date.now());
      if (n % 2 === 0) {
        await new Promise((r) => setTimeout(r, 200));
        for (const p of [pa, pb]) agree(p.doc, p.actor, planFingerprint(toSnapshot(p.doc)), Date.now());
      }
    }

    // Pair 1: two people in two browsers, a laptop and a phone.
    const ana = (await newPerson(browser)).page;
    const maria = (await newPerson(browser, 360, 740)).page;
    await joinThroughPages(ana, server.url, workshop.joinCode, 'Ana Ruiz', 1);
    await joinThroughPages(maria, server.url, workshop.joinCode, 'Maria Lopez', 1);
    const picks = LIST.strategies.map((s) => s.activities[0].text);
    for (const [i, text] of picks.slice(0, 5).entries()) {
      await (i % 2 ? maria : ana).getByRole('checkbox', { name: text, exact: true }).check();
    }
    await ana.waitForTimeout(300);
    await shot(ana, 'pair-room-1280');
    await shot(maria, 'pair-room-360');

    // The plan draft, partly filled in, on both.
    const [first, second] = LIST.strategies.map((s) => s.activities[0].id);
    const draftRow = (page: Page, id: string) => page.getByTestId(`draft-${id}`);
    await draftRow(ana, first).getByRole('combobox').fill('September');
    await draftRow(ana, first).getByRole('textbox', { name: /^Person/ }).fill('Family engagement office');
    await draftRow(ana, first).getByRole('textbox', { name: /^Resources/ }).fill('Superintendent’s calendar');
    await draftRow(ana, first).getByRole('checkbox', { name: /^District leadership/ }).check();
    await draftRow(maria, second).getByRole('combobox').fill('Quarter 1 (Aug–Oct)');
    await draftRow(maria, second).getByRole('textbox', { name: /^Person/ }).fill('Maria and the policy office');
    await draftRow(maria, second).getByRole('checkbox', { name: /^School ATPs/ }).check();
    await shotAt(ana, 'plan-draft-1280', '[data-testid="plan-draft"]');
    await shotAt(maria, 'plan-draft-360', '[data-testid="plan-draft"]');

    // The last strategy covered, both agree: on the phone from the bar at the bottom, mid-list.
    await ana.getByRole('checkbox', { name: picks[5], exact: true }).check();
    await ana.getByRole('button', { name: 'We agree' }).click();
    await maria.evaluate(() => window.scrollTo(0, 2200));
    await maria.getByTestId('compact-bar').getByRole('button', { name: 'We agree' }).click();
    await maria.getByTestId('compact-bar').getByText('Proposed').waitFor();
    await maria.waitForTimeout(300);
    await maria.screenshot({ path: join(OUT, 'pair-room-360-agree.png') });
    console.log('  docs/screenshots/pair-room-360-agree.png');
    if (process.env.SCREENSHOTS_ONLY === 'room') return;

    // The leader: the dashboard at two sizes, then the projector and a spotlight.
    const leader = (await newPerson(browser, 1280, 720)).page;
    await leader.goto(workshop.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url));
    await leader.getByTestId('pair-card-6').waitFor();
    await leader.getByRole('button', { name: 'Start clock' }).click();
    await leader.waitForTimeout(1200);
    await shot(leader, 'dashboard-1280');
    await leader.setViewportSize({ width: 1920, height: 1080 });
    await shot(leader, 'dashboard-1920');

    // Help that gets answered, a message to one pair, and that pair opened read-only from its card (issue 14).
    await leader.setViewportSize({ width: 1280, height: 720 });
    await ana.locator('.help button').click();
    await leader.getByTestId('help-request-1').waitFor();
    await leader.getByRole('button', { name: 'Answer pair 1: on my way' }).click();
    await ana.getByTestId('help-answered').waitFor();
    await leader.getByTestId('pair-card-1').getByTestId('open-pair-1').click();
    await leader.getByTestId('watch-room').waitFor();
    await leader.getByRole('button', { name: 'Message pair 1' }).click();
    await leader.getByLabel('Message to pair 1').fill('Lovely plan, Ana and Maria. I am on my way to your room.');
    await leader.getByRole('button', { name: 'Send to pair 1' }).click();
    await ana.getByTestId('broadcast').getByText('Lovely plan').waitFor();
    await shot(leader, 'open-pair-1280');
    await shot(ana, 'pair-room-answered-1280');
    await leader.getByRole('link', { name: /Back to the dashboard/ }).click();
    await leader.getByTestId('pair-card-1').waitFor();
    // The start page lists the workshops this browser runs.
    await leader.goto(server.url);
    await leader.getByTestId(`my-workshop-${workshop.id}`).waitFor();
    await shot(leader, 'my-workshops-1280');
    const projector = (await newPerson(browser, 1920, 1080)).page;
    await projector.goto(workshop.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url).replace(/#/, '/project#'));
    await projector.getByTestId('projector-tally').waitFor();
    await projector.waitForTimeout(800);
    await shot(projector, 'projector-1920');
    // The tally, the consensus view and the compare view (pairs 1–4) at both projector sizes, and a spotlight at both (issue 15).
    for (const size of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      await projector.setViewportSize(size);
      await projector.keyboard.press('t');
      await projector.getByTestId('projector-tally').waitFor();
      await shot(projector, `projector-tally-${size.width}`);
      await projector.keyboard.press('c');
      await projector.getByTestId('projector-consensus-view').waitFor();
      await shot(projector, `projector-consensus-${size.width}`);
      await projector.keyboard.press('v');
      await projector.getByTestId('projector-compare').waitFor();
      if (size.width === 1920) {
        await projector.getByRole('button', { name: 'Pair 3', exact: true }).click();
        await projector.getByRole('button', { name: 'Pair 4', exact: true }).click();
      }
      await shot(projector, `projector-compare-${size.width}`);
    }
    await projector.keyboard.press('t');
    await projector.keyboard.press('ArrowRight');
    await projector.keyboard.press('ArrowRight');
    await projector.getByTestId('spotlight').waitFor();
    await shot(projector, 'spotlight-1280');
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await shot(projector, 'spotlight-1920');

    // A district workshop of 30 pairs, as the table view (issue 14): a few pairs at work.
    const big = await createWorkshop(server.url, { title: 'District workshop, thirty pairs', pairs: 30 });
    for (const n of [1, 2, 5, 7, 12, 18, 23, 30]) {
      const p = await connectPartner(server.url, big.joinCode, `Partner ${n}`, n);
      partners.push(p);
      await synced(p);
      choicesFor(2 + (n % 5)).slice(0, 2 + (n % 7)).forEach((id) => setPick(p.doc, id, p.actor, Date.now()));
    }
    const bigLeader = (await newPerson(browser, 1280, 720)).page;
    await bigLeader.goto(big.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url));
    await bigLeader.getByTestId('pair-card-30').waitFor();
    await bigLeader.getByRole('button', { name: 'Table', exact: true }).click();
    await bigLeader.getByTestId('pair-row-30').waitFor();
    await bigLeader.waitForTimeout(600);
    await shot(bigLeader, 'dashboard-30-pairs-1280');
    await bigLeader.setViewportSize({ width: 1920, height: 1080 });
    await shot(bigLeader, 'dashboard-30-pairs-1920');
    // The same workshop as cards, at both sizes; the view is remembered in the browser, so the next dashboard opens as cards again.
    await bigLeader.getByRole('button', { name: 'Cards', exact: true }).click();
    await bigLeader.getByTestId('pair-card-30').waitFor();
    await shot(bigLeader, 'dashboard-30-pairs-cards-1920');
    await bigLeader.setViewportSize({ width: 1280, height: 720 });
    await shot(bigLeader, 'dashboard-30-pairs-cards-1280');

    // The PDF of pair 2, as an image.
    const pdf = await fetch(`${server.url}/api/workshops/${workshop.id}/pairs/2/plan.pdf`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
    const dir = mkdtempSync(join(tmpdir(), 'pairplan-pdf-'));
    writeFileSync(join(dir, 'plan.pdf'), Buffer.from(await pdf.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', join(dir, 'plan.pdf'), join(OUT, 'plan-pdf')]);
    console.log('  docs/screenshots/plan-pdf.png');

    // The workshop report (issue 15): its printable page, and the first page of report.pdf as an image.
    await leader.setViewportSize({ width: 1280, height: 720 });
    await leader.goto(workshop.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url).replace(/#/, '/report#'));
    await leader.getByTestId('workshop-report').waitFor();
    await shot(leader, 'report-page-1280');
    const report = await fetch(`${server.url}/api/workshops/${workshop.id}/export/report.pdf`, { headers: { authorization: `Bearer ${workshop.facilitatorKey}` } });
    writeFileSync(join(dir, 'report.pdf'), Buffer.from(await report.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', join(dir, 'report.pdf'), join(OUT, 'report-pdf')]);
    console.log('  docs/screenshots/report-pdf.png');
  } finally {
    for (const p of partners) p.destroy();
    await browser.close();
    await server.close();
  }
}

await main();
