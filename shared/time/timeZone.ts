/**
 * A workshop's time zone (issue 15): an IANA name ("America/Chicago") taken
 * from the leader's browser when the workshop is created. Every export that
 * prints a time prints it there; a workshop without one prints UTC.
 */
import { z } from 'zod';

/** The zone of workshops that have none (made before time zones were kept). */
export const DEFAULT_TIME_ZONE = 'UTC';
/** Longest zone name accepted (the longest IANA name is about 30 characters). */
export const TIME_ZONE_MAX_LENGTH = 64;

/** Whether `name` is a time zone this runtime knows (Intl throws a RangeError otherwise). */
export function isTimeZone(name: string): boolean {
  if (name === '' || name.length > TIME_ZONE_MAX_LENGTH) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The time zone of this browser (or process), or UTC when it names none. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** An IANA time zone in a request body or a workshop file. */
export const timeZoneSchema = z
  .string({ error: 'timeZone must be text (an IANA time zone such as "America/Chicago")' })
  .refine(isTimeZone, 'timeZone must be an IANA time zone such as "America/Chicago"');
