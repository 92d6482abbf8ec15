/**
 * The README's pictures are a promise too: every image it (or a page under
 * docs/) shows exists, and every picture `npm run screenshots` takes is
 * shown somewhere, so a renamed or dropped screenshot fails here, not on a
 * reader's screen.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const docs = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
const images = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));

describe('the pictures the docs show', () => {
  it.each(docs)('%s shows only pictures that exist', (file) => {
    const missing = images(file).filter((src) => !existsSync(resolve(dirname(file), src)));
    expect(missing).toEqual([]);
  });

  it('shows every picture npm run screenshots takes', () => {
    const script = readFileSync('scripts/screenshots.ts', 'utf8');
    const taken = [...script.matchAll(/shot(?:At)?\(\w+, '([\w-]+)'/g), ...script.matchAll(/join\(OUT, '([\w-]+)\.png'\)/g), ...script.matchAll(/join\(OUT, '([\w-]+)'\)\]\)/g)].map((m) => `docs/screenshots/${m[1]}.png`);
    expect(taken.length).toBeGreaterThan(10);
    const shown = new Set(docs.flatMap((file) => images(file).map((src) => join(dirname(file), src))));
    expect(taken.filter((png) => !shown.has(png))).toEqual([]);
  });
});
