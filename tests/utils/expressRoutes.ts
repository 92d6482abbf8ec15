/**
 * The routes an express 5 app really serves, read from its router stack
 * (`app.router.stack`: a layer holds a `route` or a mounted router's
 * `handle.stack`, its mount path in `rawPath`), and the README's API table.
 */
import type { Server } from 'node:http';

/** A route: `GET /api/workshops/:id`. */
export interface RouteName {
  readonly method: string;
  readonly path: string;
}

interface Layer {
  readonly rawPath?: unknown;
  readonly route?: { readonly path: unknown; readonly methods: Record<string, boolean> };
  readonly handle?: { readonly stack?: readonly Layer[] };
}

function walk(stack: readonly Layer[], prefix: string, out: RouteName[]): void {
  for (const layer of stack) {
    if (layer.route) {
      // The SPA fallback is a RegExp (every page path but /api/ and /ws/): not an API route.
      if (typeof layer.route.path !== 'string') continue;
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') out.push({ method: method.toUpperCase(), path: prefix + layer.route.path });
    } else if (layer.handle?.stack) {
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      walk(layer.handle.stack, prefix + mount, out);
    }
  }
}

/** Every string-path route of the express app behind `server`. */
export function expressRoutes(server: Server): RouteName[] {
  const app = server.listeners('request')[0] as unknown as { router: { stack: readonly Layer[] } };
  const out: RouteName[] = [];
  walk(app.router.stack, '', out);
  return out;
}

/**
 * The routes the README's tables name (rows starting `| \`GET /…\``),
 * with a row's variants spelled out: `/lock`, `/unlock` and
 * `plan.pdf` \| `plan.md` replace the last segment of the row's path.
 */
export function readmeRoutes(readme: string): RouteName[] {
  const out: RouteName[] = [];
  for (const line of readme.split('\n')) {
    const cell = /^\| `(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)`((?:[^|\\]|\\.)*)\|/.exec(line);
    if (!cell) continue;
    const [, method, path, rest] = cell;
    out.push({ method, path });
    const base = path.slice(0, path.lastIndexOf('/') + 1);
    for (const [, variant] of rest.matchAll(/`\/?([^`/]+)`/g)) out.push({ method, path: base + variant });
  }
  return out;
}

/** Whether express pattern `pattern` (`:x` a segment) serves `path` (whose own `:x` stand for any segment). */
export function serves(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}$`);
  return regex.test(path.replace(/:\w+/g, 'x'));
}
