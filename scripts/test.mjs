#!/usr/bin/env node
/**
 * `npm test`: unit, component, integration and end-to-end (Chromium) tests.
 * Without /usr/bin/chromium (or CHROMIUM_PATH) the e2e part is skipped with a
 * loud warning, except in CI (CI=true), where a missing browser fails the run.
 * The last line is `tests: N passed, N failed` for CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ci = process.env.CI === 'true' || process.env.CI === '1';
const hasBrowser = existsSync(chromium);
const projects = ['unit', 'component', 'integration'];
let missingBrowser = false;

if (hasBrowser) {
  projects.push('e2e');
} else if (ci) {
  missingBrowser = true;
  console.error(`\n✗ Chromium not found at ${chromium}: end-to-end tests cannot run, and CI requires them.\n`);
} else {
  console.warn('\n' + '!'.repeat(72));
  console.warn(`!! Chromium not found at ${chromium}: END-TO-END TESTS ARE SKIPPED.`);
  console.warn('!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  console.warn('!'.repeat(72) + '\n');
}

if (projects.includes('e2e')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  // The simulated-Zoom build (issue 16): the Zoom adapter replaced by the harness's fake, in dist/client-zoom-fake.
  const zoomFake = build.status === 0 ? spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, PAIRPLAN_ZOOM_FAKE: '1' } }) : build;
  if (build.status !== 0 || zoomFake.status !== 0) {
    console.error('client build failed');
    console.log('tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', `--reporter=json`, `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync('npx', args, { stdio: 'inherit' });

let passed = 0;
let failed = missingBrowser ? 1 : 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (json.numRuntimeErrorTests ?? 0);
  if (run.status !== 0 && failed === 0) failed = 1;
} catch {
  failed = Math.max(failed, 1);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(run.status !== 0 || failed > 0 ? 1 : 0);
