// Preloaded (node --import) into pairplan when it runs on Node 22 (issue 17): the project's
// better-sqlite3 is compiled for the project's Node, so `better-sqlite3` resolves to the copy
// bench/cache.ts built for Node 22 (same version) in BENCH_NODE22_ADDONS.
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const entry = pathToFileURL(join(process.env.BENCH_NODE22_ADDONS, 'node_modules/better-sqlite3/lib/index.js')).href;
registerHooks({
  resolve(specifier, context, next) {
    return specifier === 'better-sqlite3' ? { url: entry, format: 'commonjs', shortCircuit: true } : next(specifier, context);
  },
});
