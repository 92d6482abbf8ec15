import { describe, expect, it } from 'vitest';
import { shortLabel } from '../../../shared/lists/shortLabel.js';

describe('shortLabel', () => {
  it('keeps a text that fits whole, without an ellipsis', () => {
    expect(shortLabel("Announce the district's partnership program on the district website.", 80)).toBe(
      "Announce the district's partnership program on the district website.",
    );
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const label = shortLabel('Convene a one-on-one meeting with the district superintendent to discuss the goals for the partnership program.');
    expect(label).toBe('Convene a one-on-one meeting with the district…');
    expect(label.length).toBeLessThanOrEqual(61);
  });

  it('drops punctuation left at the cut', () => {
    expect(shortLabel('Assist schools with preliminary steps, to begin a partnership program', 38)).toBe('Assist schools with preliminary steps…');
  });

  it('cuts a single word longer than the limit', () => {
    expect(shortLabel('x'.repeat(100), 10)).toBe(`${'x'.repeat(10)}…`);
  });

  it('folds white space', () => {
    expect(shortLabel('  Two\n words  ')).toBe('Two words');
  });
});
