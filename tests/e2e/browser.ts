/**
 * Debian's Chromium driven by playwright-core, with the flags this machine
 * needs, a fresh profile per launch, and a real server on an ephemeral port
 * serving the built client.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where screenshots are saved (a CI artifact, and looked at by people). */
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/**
 * Launches Chromium headless with the flags this machine needs. Playwright
 * refuses `--user-data-dir` in `launch()` args; it gives every launch a fresh
 * temporary profile of its own instead, which is what we want.
 */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A server that serves the built client from dist/client. */
export async function startAppServer(): Promise<TestServer> {
  return createTestServer({ CLIENT_DIR: resolve('dist/client') });
}

/** Saves a screenshot under test-results/screenshots. */
export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
