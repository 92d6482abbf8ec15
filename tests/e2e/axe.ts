/**
 * axe-core in the page under test. The script is evaluated through the
 * DevTools protocol, so the app's Content Security Policy stays on (no
 * `bypassCSP`): the page is checked exactly as people get it.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.0–2.2 A and AA rules, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One violated rule, with up to five offending nodes. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: string[];
}

/** Where each check's result is appended (one JSON line per page), for the notes. */
export const AXE_LOG = 'test-results/axe.jsonl';

/** Runs axe on the page as it is now; logs the result under `name` and returns the violations. */
export async function axeViolations(page: Page, name: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<any> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return {
      passes: r.passes.length as number,
      violations: (r.violations as any[]).map((v) => ({
        id: v.id as string,
        impact: (v.impact ?? null) as string | null,
        help: v.help as string,
        nodes: (v.nodes as any[]).slice(0, 5).map((n) => `${(n.target as string[]).join(' ')} — ${String(n.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`),
      })),
    };
  }, TAGS);
  mkdirSync(dirname(AXE_LOG), { recursive: true });
  appendFileSync(AXE_LOG, `${JSON.stringify({ page: name, url: page.url().replace(/#.*/, ''), passes: result.passes, violations: result.violations.length })}\n`);
  return result.violations;
}
