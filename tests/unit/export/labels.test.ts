import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../shared/export/labels.js';
import { isTimeZone } from '../../../shared/time/timeZone.js';

const WINTER = Date.UTC(2025, 0, 2, 10, 0); // 2025-01-02 10:00 UTC
const SUMMER = Date.UTC(2025, 6, 1, 14, 30); // 2025-07-01 14:30 UTC
const LATE = Date.UTC(2025, 0, 2, 3, 0); // 2025-01-02 03:00 UTC: still the 1st in Chicago

describe('dates and times in the workshop’s time zone', () => {
  it('are UTC without a zone, as before', () => {
    expect(formatDateTime(WINTER)).toBe('2025-01-02 10:00 UTC');
    expect(formatDate(WINTER)).toBe('2025-01-02');
  });

  it('are in Chicago with its abbreviation, standard or daylight time', () => {
    expect(formatDateTime(WINTER, 'America/Chicago')).toBe('2025-01-02 04:00 CST');
    expect(formatDateTime(SUMMER, 'America/Chicago')).toBe('2025-07-01 09:30 CDT');
    expect(formatDate(LATE, 'America/Chicago')).toBe('2025-01-01');
    expect(formatDateTime(Date.UTC(2025, 0, 1, 0, 5), 'America/Chicago')).toBe('2024-12-31 18:05 CST');
    // Midnight is 00:00, never 24:00.
    expect(formatDateTime(Date.UTC(2025, 0, 2, 6, 0), 'America/Chicago')).toBe('2025-01-02 00:00 CST');
  });

  it('know the IANA zones and refuse anything else', () => {
    for (const zone of ['UTC', 'America/Chicago', 'Europe/Madrid', 'Asia/Kolkata']) expect(isTimeZone(zone), zone).toBe(true);
    for (const zone of ['', 'Mars/Olympus', 'America/Nowhere', 'x'.repeat(65), 'UTC\u0000']) expect(isTimeZone(zone), zone).toBe(false);
  });
});
