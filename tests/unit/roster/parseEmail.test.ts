import { describe, expect, it } from 'vitest';
import { isEmail, MAX_EMAIL_LENGTH, parseEmail } from '../../../shared/roster/parseEmail.js';

describe('parseEmail', () => {
  it.each(['maria@example.org', 'Maria.Lopez+ws@Mail.Example.co.uk', 'a1_b-c@sub-domain.example.io', "o'neil@example.ie"])('accepts %s', (email) => {
    expect(parseEmail(email)).toEqual({ ok: true, email: email.toLowerCase() });
  });

  it('trims and lower-cases', () => {
    expect(parseEmail('  Ana@Example.ORG ')).toEqual({ ok: true, email: 'ana@example.org' });
  });

  it.each([
    ['no @', 'maria.example.org'],
    ['two @', 'a@b@example.org'],
    ['an undotted domain', 'maria@localhost'],
    ['a space', 'maria lopez@example.org'],
    ['a CR/LF', 'a@b.org\r\nRoom 9,evil@x.org'],
    ['a tab', 'a\t@b.org'],
    ['a comma', 'a,b@example.org'],
    ['a semicolon', 'a;b@example.org'],
    ['a double quote', 'a"b@example.org'],
    ['angle brackets', '<a@example.org>'],
    ['a formula start', '=cmd@evil.org'],
    ['a plus start', '+cmd@evil.org'],
    ['a minus start', '-cmd@evil.org'],
    ['an @ start', '@evil.org'],
    ['a double dot', 'a..b@example.org'],
    ['an empty label', 'a@example..org'],
    ['a hyphen-edged label', 'a@-example.org'],
    ['a numeric top-level domain', 'a@1.2'],
    ['a non-ASCII letter', 'jos\u00e9@example.org'],
  ])('refuses an address with %s', (_what, email) => {
    const result = parseEmail(email);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/is not an e-mail address$/);
    expect(isEmail(email)).toBe(false);
  });

  it('names the address, control characters shown as ?', () => {
    expect(parseEmail('a@b.org\r\nx')).toEqual({ ok: false, error: '"a@b.org??x" is not an e-mail address' });
  });

  it(`refuses more than ${MAX_EMAIL_LENGTH} characters`, () => {
    const long = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(10)}.org`;
    expect(long.length).toBeGreaterThan(MAX_EMAIL_LENGTH);
    expect(parseEmail(long)).toEqual({ ok: false, error: expect.stringMatching(/longer than 254 characters/) });
    const fits = `${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.${'e'.repeat(6)}.org`;
    expect(fits.length).toBeLessThanOrEqual(MAX_EMAIL_LENGTH);
    expect(parseEmail(fits).ok).toBe(true);
  });
});
