import { describe, expect, it } from 'vitest';
import { fileNameFor, slugify } from '../../../shared/export/fileNameFor.js';

describe('fileNameFor', () => {
  it.each<[string, number | undefined, string, string]>([
    ['Leaders workshop', 3, 'plan.md', 'leaders-workshop-pair-3-plan.md'],
    ['Leaders workshop', undefined, 'plans.csv', 'leaders-workshop-plans.csv'],
    ['Taller de Líderes: ¿Qué hacemos?', 12, 'plan.pdf', 'taller-de-lideres-que-hacemos-pair-12-plan.pdf'],
    ['  ../../etc/passwd  ', 1, 'plan.json', 'etc-passwd-pair-1-plan.json'],
    ['"; filename=evil.exe', undefined, 'bundle.zip', 'filename-evil-exe-bundle.zip'],
    ['日本語のワークショップ', 2, 'plan.csv', 'workshop-pair-2-plan.csv'],
    ['', undefined, 'tally.csv', 'workshop-tally.csv'],
    ['Leaders workshop', 1, '../x/../plan.md', 'leaders-workshop-pair-1-x.plan.md'],
  ])('names %j pair %j %j as %j', (title, pair, name, expected) => {
    expect(fileNameFor(title, pair, name)).toBe(expected);
  });

  it('keeps slugs short and without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(49)} b c`);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith('-')).toBe(false);
  });
});
