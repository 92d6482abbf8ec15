/**
 * The projector as a leader opens it (issue 15): from the dashboard, in a
 * new window, for a workshop of eight pairs that chose things (driven through
 * the API and real sync clients). The clock stays readable (the dashboard's
 * styles once made it near-white on near-white), and every label of the
 * tally, consensus, compare and spotlight views is whole on 1920×1080 and
 * 1280×720 screens, with nothing to scroll.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addWriteIn, setDetail, setPick } from '../../shared/doc/planDoc.js';
import type { TestServer } from '../utils/createTestServer.js';
import { createWorkshop, type CreatedWorkshop } from '../utils/api.js';
import { connectPartner, synced, type Partner } from '../utils/partner.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshotPath, startAppServer } from './browser.js';
import { LIST, newPerson } from './pairRoomFlow.js';

const PAIRS = 8;
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
/** What the room's write-ins say, the same idea typed differently by three pairs. */
const WRITE_INS = ['Monthly family café with the superintendent', 'monthly family café with the Superintendent!', 'Monthly  family café, with the superintendent', 'Board visit to every school'];

let server: TestServer;
let browser: Browser;
let workshop: CreatedWorkshop;
let context: BrowserContext;
let dashboard: Page;
let projector: Page;
const partners: Partner[] = [];

/** Pair n's choices: a spread over every strategy, more for higher n, the longest activities included. */
function choicesFor(n: number): string[] {
  return LIST.strategies.flatMap((s, i) => s.activities.filter((_, j) => (n + i + j) % 3 === 0 || j === 0).map((a) => a.id)).slice(0, 6 + (n % 5));
}

beforeAll(async () => {
  server = await startAppServer();
  browser = await launchBrowser();
  workshop = await createWorkshop(server.url, { title: 'Spring Partnership Workshop', pairs: PAIRS });
  for (let n = 1; n <= PAIRS; n++) {
    const partner = await connectPartner(server.url, workshop.joinCode, `Partner ${n}`, n);
    partners.push(partner);
    await synced(partner);
    const choices = choicesFor(n);
    for (const id of choices) setPick(partner.doc, id, partner.actor, Date.now());
    if (n % 3 === 0) setDetail(partner.doc, choices[0], 'split', true);
    if (n <= WRITE_INS.length) addWriteIn(partner.doc, 'share-knowledge', WRITE_INS[n - 1], partner.actor, Date.now());
  }
  ({ context, page: dashboard } = await newPerson(browser, 1920, 1080));
});

afterAll(async () => {
  for (const p of partners) p.destroy();
  await browser?.close();
  await server?.close();
});

/** WCAG contrast of the element's text on its nearest opaque background. */
function clockContrast(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((el) => {
    const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]): number => {
      const lin = (v: number): number => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    let node: Element | null = el;
    let background = [255, 255, 255];
    while (node) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) {
        background = c.slice(0, 3);
        break;
      }
      node = node.parentElement;
    }
    const fg = luminance(rgb(getComputedStyle(el).color));
    const bg = luminance(background);
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
}

/** Every label on screen that is cut: overflowing its box, clipped by an ancestor, or outside the viewport. */
function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = ['.pj-row', '.pj-strategy-title', '.pj-writeins', '.pj-group-list li', '.pj-group h2', '.pj-compare-table th', '.pj-plan-group li', '.pj-plan-group h3', '.clock-face-time', '.pj-controls > *'];
    const cut: string[] = [];
    const inside = (r: DOMRect, box: { left: number; top: number; right: number; bottom: number }): boolean =>
      r.left >= box.left - 1 && r.top >= box.top - 1 && r.right <= box.right + 1 && r.bottom <= box.bottom + 1;
    for (const el of document.querySelectorAll<HTMLElement>(selectors.join(','))) {
      const r = el.getBoundingClientRect();
      const name = `${el.className || el.tagName}: ${(el.textContent ?? '').slice(0, 60)}`;
      // An inline box has no client size of its own: its ancestors' clipping and the viewport say whether it shows.
      const boxed = getComputedStyle(el).display !== 'inline';
      if (boxed && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) cut.push(`overflows ${name} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      else if (!inside(r, { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight })) cut.push(`off screen ${name}`);
      else {
        for (let a = el.parentElement; a; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
            if (!inside(r, a.getBoundingClientRect())) {
              cut.push(`clipped ${name}`);
              break;
            }
          }
        }
      }
    }
    if (document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth) cut.push('the page scrolls');
    return cut;
  });
}

async function checkView(name: string, width: number): Promise<void> {
  await projector.waitForTimeout(400); // let useFitContent settle after a resize or a view change
  expect(await cutLabels(projector), `${name} at ${width}`).toEqual([]);
  await projector.screenshot({ path: screenshotPath(`projector-${name}-${width}`) });
}

describe('the projector, opened from the dashboard', () => {
  it('opens in a new window, and the dashboard stays', async () => {
    await dashboard.goto(workshop.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url));
    await dashboard.getByTestId(`pair-card-${PAIRS}`).waitFor();
    await dashboard.getByRole('button', { name: 'Start clock' }).click();
    await dashboard.locator('.clock-face--running').first().waitFor();
    const [opened] = await Promise.all([context.waitForEvent('page'), dashboard.getByRole('link', { name: /^Open projector view/ }).click()]);
    projector = opened;
    await projector.getByTestId('projector-tally').waitFor();
    expect(new URL(projector.url()).pathname).toBe(`/facilitate/${workshop.id}/project`);
    expect(new URL(dashboard.url()).pathname).toBe(`/facilitate/${workshop.id}`);
    expect(await dashboard.getByTestId('pair-card-1').count()).toBe(1);
    await expect.poll(() => projector.getByTestId('projector-summary').textContent()).toContain('Consensus picks');
  });

  it('keeps the clock readable: at least 4.5:1 on the projector, and on the dashboard behind it', async () => {
    await projector.locator('.clock-face--running').waitFor();
    expect(await clockContrast(projector, '.clock-face-time')).toBeGreaterThanOrEqual(4.5);
    expect(await clockContrast(projector, '.clock-face-label')).toBeGreaterThanOrEqual(4.5);
    expect(await clockContrast(dashboard, '.clock-face-time')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps it readable after the dashboard was shown in the same window (its styles stay loaded, and must not reach the projector)', async () => {
    await projector.getByRole('link', { name: 'Dashboard' }).click();
    await projector.getByTestId(`pair-card-${PAIRS}`).waitFor();
    await projector.goBack();
    await projector.getByTestId('projector-tally').waitFor();
    await projector.locator('.clock-face--running').waitFor();
    expect(await clockContrast(projector, '.clock-face-time')).toBeGreaterThanOrEqual(4.5);
    expect(await clockContrast(projector, '.clock-face-label')).toBeGreaterThanOrEqual(4.5);
  });

  it('shows the tally with every label whole, the same write-in counted once, at both sizes', async () => {
    expect(await projector.getByTestId('projector-writeins-share-knowledge').textContent()).toMatch(/Monthly family café with the superintendent ×3 · Board visit to every school/);
    expect(await axeViolations(projector, 'projector tally')).toEqual([]);
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await checkView('tally', size.width);
      expect(await clockContrast(projector, '.clock-face-time')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('shows the consensus view (C) whole at both sizes', async () => {
    await projector.keyboard.press('c');
    await projector.getByTestId('projector-consensus-view').waitFor();
    expect(await axeViolations(projector, 'projector consensus')).toEqual([]);
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await checkView('consensus', size.width);
    }
  });

  it('compares four pairs side by side (V), whole at both sizes', async () => {
    await projector.keyboard.press('v');
    await projector.getByTestId('projector-compare').waitFor();
    await projector.getByRole('button', { name: 'Pair 3', exact: true }).click();
    await projector.getByRole('button', { name: 'Pair 4', exact: true }).click();
    await expect.poll(() => projector.locator('.pj-compare-table thead th').count()).toBe(6);
    expect(await axeViolations(projector, 'projector compare')).toEqual([]);
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await checkView('compare', size.width);
    }
  });

  it('jumps to pair 7 with 7 and Enter, and shows its plan whole at both sizes', async () => {
    await projector.locator('body').click({ position: { x: 5, y: 5 } });
    await projector.keyboard.press('7');
    await projector.keyboard.press('Enter');
    await expect.poll(() => projector.getByTestId('spotlight').getAttribute('data-pair')).toBe('7');
    for (const size of SIZES) {
      await projector.setViewportSize(size);
      await checkView('spotlight', size.width);
    }
    await projector.keyboard.press('h');
    await projector.getByTestId('projector-hidden').waitFor();
    expect(await projector.getByTestId('projector-hide').textContent()).toBe('Reveal');
    await projector.keyboard.press('h');
    await projector.getByTestId('spotlight').waitFor();
  });

  it('fits in Spanish too, whose labels run longer: tally and consensus at 1280×720', async () => {
    const spanish = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'es-ES' });
    const page = await spanish.newPage();
    await page.goto(workshop.facilitatorUrl.replace(/^https?:\/\/[^/]+/, server.url).replace(/#/, '/project#'));
    await page.getByTestId('projector-tally').waitFor();
    expect(await page.getByTestId('projector-hide').textContent()).toBe('Ocultar');
    await page.waitForTimeout(400);
    expect(await cutLabels(page), 'Spanish tally').toEqual([]);
    await page.screenshot({ path: screenshotPath('projector-tally-1280-es') });
    await page.keyboard.press('c');
    await page.getByTestId('projector-consensus-view').waitFor();
    await page.waitForTimeout(400);
    expect(await cutLabels(page), 'Spanish consensus').toEqual([]);
    await spanish.close();
  });
});
