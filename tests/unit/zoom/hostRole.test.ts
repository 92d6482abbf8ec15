/** Who sees the host panel, and which facilitator links it takes (issue 16). */
import { describe, expect, it } from 'vitest';
import { isHostRole } from '../../../client/zoom/zoomClient.js';
import { parseFacilitatorLink } from '../../../client/zoom/parseFacilitatorLink.js';

describe('isHostRole', () => {
  it.each([
    ['host', true],
    ['coHost', true],
    ['attendee', false],
    ['panelist', false],
  ])('%s → %s', (role, host) => expect(isHostRole(role)).toBe(host));
});

describe('parseFacilitatorLink', () => {
  const key = 'abcdefghijklmnopqrstuvwx';
  it('reads the workshop and key of a facilitator link', () => {
    expect(parseFacilitatorLink(` https://plan.example.org/facilitate/w123#key=${key} `)).toEqual({ workshopId: 'w123', key });
  });

  it.each([
    ['a join link', `https://plan.example.org/j/ABCDEF#key=${key}`],
    ['no key', 'https://plan.example.org/facilitate/w123'],
    ['a short key', 'https://plan.example.org/facilitate/w123#key=short'],
    ['a path in the id', `https://plan.example.org/facilitate/../admin#key=${key}`],
    ['nothing', ''],
  ])('refuses %s', (_what, text) => expect(parseFacilitatorLink(text)).toBeNull());
});
