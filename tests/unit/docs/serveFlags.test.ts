/**
 * The README's promise about how `npm start` runs Node: `start` builds and
 * then runs `serve`, and `serve` starts the server with the young
 * generation the README names (docs/benchmark.md, "A 16 MB young generation
 * again"), so the text and the script cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');

describe('npm start’s Node flags', () => {
  it('start runs serve, which passes the young generation to Node before the server’s entry', () => {
    expect(scripts.start).toMatch(/npm run serve$/);
    const tokens = scripts.serve.split(/\s+/);
    const node = tokens.indexOf('node');
    const entry = tokens.indexOf('server/main.ts');
    expect(node).toBeGreaterThanOrEqual(0);
    expect(entry).toBeGreaterThan(node);
    expect(tokens.slice(node + 1, entry)).toContain('--max-semi-space-size=16');
  });

  it('passes no other V8 flag: the growth factor and pretenuring stay V8’s own (docs/benchmark.md, "three GC settings tried")', () => {
    const tokens = scripts.serve.split(/\s+/);
    const flags = tokens.slice(tokens.indexOf('node') + 1, tokens.indexOf('server/main.ts')).filter((t) => t.startsWith('--') && t !== '--import');
    expect(flags).toEqual(['--max-semi-space-size=16']);
  });

  it('the README names the same flag for npm start and npm run serve', () => {
    const flag = scripts.serve.split(/\s+/).find((t) => t.startsWith('--max-semi-space-size='));
    expect(readme).toContain(`runs Node with \`${flag}\``);
    expect(readme.match(/--max-semi-space-size=\d+/g)).toEqual([flag]);
  });
});
