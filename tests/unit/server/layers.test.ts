/**
 * The server's layers point one way (issue 13, "Layers that point one way"):
 * the HTTP routes (server/http/) and the sockets (server/ws/) are the top,
 * beside each other; the rooms, workshops, store, cluster, jobs and exports
 * below them never import from either, and the store knows no room.
 * Checked by reading every import line of server/**\/*.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The layers below the routes and sockets. */
const LOWER = ['rooms', 'workshops', 'store', 'cluster', 'jobs', 'export'] as const;

/** What each folder of server/ may not import from. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(LOWER.map((layer) => [layer, ['http', 'ws']])),
  store: ['http', 'ws', 'rooms'],
  http: ['ws'],
  ws: ['http'],
};


const IMPORT = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative module specifiers a source text imports (static, re-exports, side effects and dynamic). */
function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('.'));
}

/** Every import `a -> b` (repository paths, `.js` read as `.ts`) of `files` that its folder may not make. */
function uphillImports(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of files) {
    const forbidden = FORBIDDEN[file.split('/')[1]] ?? [];
    for (const specifier of importsOf(text)) {
      const target = posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.ts');
      const [top, layer] = target.split('/');
      if (top === 'server' && forbidden.includes(layer)) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

function serverSources(dir = join(ROOT, 'server')): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [k, v] of serverSources(path)) files.set(k, v);
    else if (entry.name.endsWith('.ts')) files.set(relative(ROOT, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

describe('importsOf', () => {
  it('reads static, type-only, multi-line, re-export, side-effect and dynamic imports, and skips packages', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      'import {\n  c,\n  d,\n} from "./cd.js";',
      "export { e } from './e.js';",
      "import './side.js';",
      "const f = await import('./f.js');",
      "import { WebSocket } from 'ws';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', '../b.js', './cd.js', './e.js', './side.js', './f.js']);
  });
});

describe('uphillImports', () => {
  it('finds a room that imports a route, a store that imports a room and a socket that imports a route', () => {
    const files = new Map([
      ['server/rooms/PairRoom.ts', "import { x } from '../http/errors.js';"],
      ['server/store/Store.ts', "import type { PairRoom } from '../rooms/PairRoom.js';"],
      ['server/ws/PairSockets.ts', "import { y } from '../http/bodies.js';"],
      ['server/workshops/DashboardHub.ts', "import { z } from '../ws/PairConnection.js';"],
    ]);
    expect(uphillImports(files)).toEqual([
      'server/rooms/PairRoom.ts -> server/http/errors.ts',
      'server/store/Store.ts -> server/rooms/PairRoom.ts',
      'server/ws/PairSockets.ts -> server/http/bodies.ts',
      'server/workshops/DashboardHub.ts -> server/ws/PairConnection.ts',
    ]);
  });

  it('lets the routes and sockets import the layers below, and the rooms import the store', () => {
    const files = new Map([
      ['server/http/exportRoutes.ts', "import { DashboardHub } from '../workshops/DashboardHub.js';"],
      ['server/ws/PairConnection.ts', "import type { PairRoom } from '../rooms/PairRoom.js';"],
      ['server/rooms/PairRoom.ts', "import type { Store } from '../store/Store.js';"],
      ['server/createApp.ts', "import { routeUpgrades } from './ws/routeUpgrades.js';"],
    ]);
    expect(uphillImports(files)).toEqual([]);
  });
});

describe("the server's layers", () => {
  const sources = serverSources();

  it('are read from the real tree', () => {
    expect(sources.has('server/ws/PairSockets.ts')).toBe(true);
    expect(importsOf(sources.get('server/createApp.ts') ?? '')).toContain('./ws/routeUpgrades.js');
  });

  it('point one way: nothing below the routes and sockets imports from them, and the store imports no room', () => {
    expect(uphillImports(sources)).toEqual([]);
  });
});
