/**
 * One adapter (issue 16): client/zoom/zoomSdk.ts is the only module that
 * imports `@zoom/appssdk`, so the simulated-Zoom build replaces exactly it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the Zoom adapter', () => {
  it('is the only module importing @zoom/appssdk', () => {
    const importers = ['client', 'shared', 'server']
      .flatMap((dir) => sources(dir))
      .filter((path) => /from\s+['"]@zoom\/appssdk['"]|import\(\s*['"]@zoom\/appssdk['"]/.test(readFileSync(path, 'utf8')))
      .map((path) => relative('.', path));
    expect(importers).toEqual([join('client', 'zoom', 'zoomSdk.ts')]);
  });
});
