import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../server/config.js';

describe('parseConfig rate limits', () => {
  it('defaults to limits a real leader or participant never reaches', () => {
    expect(parseConfig({}).rateLimits).toEqual({ join: 60, create: 30, joinLookup: 120, leader: 600, export: 120 });
  });

  it('reads RATE_LIMIT_JOIN_LOOKUP, RATE_LIMIT_LEADER and RATE_LIMIT_EXPORT', () => {
    const limits = parseConfig({ RATE_LIMIT_JOIN_LOOKUP: '7', RATE_LIMIT_LEADER: '8', RATE_LIMIT_EXPORT: '9' }).rateLimits;
    expect(limits).toMatchObject({ joinLookup: 7, leader: 8, export: 9 });
  });

  it('refuses a value that is not a number', () => {
    expect(() => parseConfig({ RATE_LIMIT_LEADER: 'many' })).toThrow('RATE_LIMIT_LEADER must be a non-negative number');
  });
});
