/**
 * The message modules import one another without a circle (issue 13:
 * `english.ts` ↔ `translate.ts` ↔ `es.ts` did, through their types). Type
 * imports count: a circle of types is still a circle for the next reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new URL('../../../shared/i18n/', import.meta.url));

/** The modules of this folder that `source` imports (static, dynamic and type imports alike). */
function localImports(source: string): string[] {
  const found = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'\.\/([\w.-]+)\.js'/g)].map((m) => `${m[1]}.ts`);
  return [...new Set(found)];
}

/** The first circle in `graph`, as the modules along it, or `null`. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('shared/i18n imports', () => {
  it('form no circle', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    const graph = new Map(files.map((f) => [f, localImports(readFileSync(join(DIR, f), 'utf8'))]));
    expect(graph.get('translate.ts')).toContain('english.ts'); // the walk reads the imports at all
    expect(findCycle(graph)).toBeNull();
  });

  it('would name a circle of type imports', () => {
    const graph = new Map([
      ['english.ts', localImports("import type { Translate } from './translate.js';")],
      ['translate.ts', localImports("import { translateFrom } from './english.js';")],
    ]);
    expect(findCycle(graph)).toEqual(['english.ts', 'translate.ts', 'english.ts']);
  });
});
