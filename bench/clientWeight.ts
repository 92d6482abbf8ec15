/**
 * `npm run bench:client`: what the pair room costs a participant's browser.
 * Builds nothing (the npm script runs `vite build` first). Starts a server on
 * loopback serving the built client, joins a pair, and in Chromium measures
 * the JavaScript the pair room loads (bytes and gzipped bytes, per file) and
 * the time from navigation to an interactive room (the checklist rendered
 * and the sync connection up), median of several fresh loads.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser, startAppServer } from '../tests/e2e/browser.js';
import { createWorkshop, joinPair } from '../tests/utils/api.js';

const RUNS = 7;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startAppServer();
const browser = await launchBrowser();
try {
  const workshop = await createWorkshop(server.url, { title: 'Weight', pairs: RUNS + 1 });
  const times: number[] = [];
  let files: { name: string; bytes: number; gzip: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const joined = await joinPair(server.url, workshop.joinCode, `Person ${run}`, run + 1);
    const [name, value] = joined.cookie.split('=');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    const loaded: { name: string; bytes: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const body = await response.body().catch(() => null);
      if (body) loaded.push({ name: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(`${server.url}/w/${joined.workshopId}`);
    await page.locator('.connection--connected').waitFor();
    await page.getByRole('checkbox').first().waitFor();
    times.push(await page.evaluate(() => performance.now()));
    await page.waitForTimeout(200);
    files = loaded;
    await context.close();
  }
  const total = files.reduce((s, f) => ({ bytes: s.bytes + f.bytes, gzip: s.gzip + f.gzip }), { bytes: 0, gzip: 0 });
  console.log('\nJavaScript the pair room loads:');
  for (const f of files.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.name.padEnd(44)} ${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${(f.gzip / 1024).toFixed(1).padStart(6)} KB gzipped`);
  console.log(`  ${'total'.padEnd(44)} ${(total.bytes / 1024).toFixed(1).padStart(7)} KB  ${(total.gzip / 1024).toFixed(1).padStart(6)} KB gzipped`);
  console.log(`\nNavigation → interactive pair room (loopback, median of ${RUNS}): ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
} finally {
  await browser.close();
  await server.close();
}
