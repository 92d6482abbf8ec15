/**
 * The README's benchmark paragraph quotes one run: the figures it gives are
 * a promise that docs/benchmark.md holds that run, so each one must appear
 * in the newest "Results" section there, under the date and time the
 * README names. A README left quoting an older run fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const docs = readFileSync('docs/benchmark.md', 'utf8');

/** The README's "### Benchmark" section, up to the next heading. */
const benchmarkSection = readme.slice(readme.indexOf('### Benchmark')).split(/\n#{2,3} /)[0];
/** The newest results in docs/benchmark.md: the first "## Results" section, its heading included, up to the next "## " heading. */
const resultsStart = docs.indexOf('\n## Results');
const resultsEnd = docs.indexOf('\n## ', resultsStart + 1);
const newestResults = docs.slice(resultsStart, resultsEnd === -1 ? undefined : resultsEnd);

/** Ratios (×0.98) and latencies (27.6 ms) quoted in `text`. */
function figures(text: string): string[] {
  return [...text.matchAll(/×\d+\.\d+|\d+(?:\.\d+)? ms/g)].map((m) => m[0]);
}

/** The same figure as the docs may spell it: a latency to one more decimal (27.6 ms ~ 27.59), a ratio as written. */
function spelledIn(figure: string, text: string): boolean {
  if (figure.startsWith('×')) return text.includes(figure);
  const value = Number(figure.replace(' ms', ''));
  const decimals = (figure.split(' ')[0].split('.')[1] ?? '').length;
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].some((m) => Number(Number(m[0]).toFixed(decimals)) === value);
}

describe('the README’s benchmark figures', () => {
  it('name the run of the newest results in docs/benchmark.md', () => {
    const quoted = benchmarkSection.match(/latest run \((\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC)/);
    expect(quoted, 'the README names the run it quotes').not.toBeNull();
    expect(newestResults.match(/^\n## Results — (\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC)/)?.[1]).toBe(quoted?.[1]);
  });

  it('each appear in that run', () => {
    const quoted = figures(benchmarkSection);
    expect(quoted.length).toBeGreaterThan(10);
    const missing = quoted.filter((f) => !spelledIn(f, newestResults));
    expect(missing).toEqual([]);
  });

  it('would fail for a figure the run does not hold', () => {
    expect(spelledIn('×9.87', newestResults)).toBe(false);
    expect(spelledIn('987.6 ms', newestResults)).toBe(false);
  });
});
