/**
 * Every HTML response carries the headers Zoom requires before it renders an
 * app (Strict-Transport-Security, X-Content-Type-Options,
 * Content-Security-Policy, Referrer-Policy), in the browser mode and in Zoom
 * mode (issue 16). Zoom mode lets the Zoom client's web view load the app
 * (frame-ancestors 'self', X-Frame-Options SAMEORIGIN) and connects only to
 * the app's own wss origin; the browser mode keeps frame-ancestors 'none'.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../utils/createTestServer.js';
import { TEST_ZOOM_APP } from '../utils/encryptZoomContext.js';

/** Every kind of page the client serves (the SPA fallback answers each with index.html). */
const HTML_ROUTES = ['/', '/new', '/j/ABCD23', '/w/w1', '/w/w1/print', '/facilitate/w1', '/facilitate/w1/project', '/facilitate/w1/report', '/zoom', '/no/such/page'];

const directive = (csp: string, name: string): string[] =>
  csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

let clientDir: string;
beforeAll(() => {
  clientDir = mkdtempSync(join(tmpdir(), 'pairplan-client-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>pairplan</title><div id="root"></div>');
});
afterAll(() => rmSync(clientDir, { recursive: true, force: true }));

async function headersOf(server: TestServer, path: string): Promise<Headers> {
  const res = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html', 'x-zoom-app-context': 'anything' } });
  expect(res.status, path).toBe(200);
  expect(res.headers.get('content-type'), path).toMatch(/text\/html/);
  return res.headers;
}

function expectZoomRequired(headers: Headers, path: string): void {
  expect(headers.get('strict-transport-security'), path).toMatch(/max-age=\d{7,}/);
  expect(headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(headers.get('content-security-policy'), path).toBeTruthy();
  expect(headers.get('referrer-policy'), path).toBeTruthy();
}

describe.each([
  ['the browser mode', {}],
  ['Zoom mode', { ...TEST_ZOOM_APP }],
])('HTML responses in %s', (mode, env) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ CLIENT_DIR: clientDir, PUBLIC_URL: 'https://plan.example.org', ...env });
  });
  afterAll(() => server.close());

  it('carry Strict-Transport-Security, X-Content-Type-Options, Content-Security-Policy and Referrer-Policy on every route', async () => {
    for (const path of HTML_ROUTES) expectZoomRequired(await headersOf(server, path), path);
  });

  it(mode === 'Zoom mode' ? "let the Zoom client's web view load the app and connect to the app's own wss only" : "keep frame-ancestors 'none' and any ws/wss host", async () => {
    for (const path of HTML_ROUTES) {
      const headers = await headersOf(server, path);
      const csp = headers.get('content-security-policy') ?? '';
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      if (mode === 'Zoom mode') {
        expect(directive(csp, 'frame-ancestors'), path).toEqual(["'self'"]);
        expect(directive(csp, 'connect-src'), path).toEqual(["'self'", 'wss://plan.example.org']);
      } else {
        expect(directive(csp, 'frame-ancestors'), path).toEqual(["'none'"]);
        expect(directive(csp, 'connect-src'), path).toEqual(["'self'", 'ws:', 'wss:']);
      }
      expect(directive(csp, 'script-src'), path).toEqual(["'self'"]);
    }
  });
});
