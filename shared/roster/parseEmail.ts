/**
 * The one e-mail check, used by the set-up screen's roster parsing, the
 * server's body schema and the workshop.json import, so the three can never
 * disagree (issue "Airtight", finding 5: a CRLF in an e-mail injected a row
 * into `zoom-rooms.csv`). Deliberately strict — the addresses are only ever
 * written into Zoom's pre-assignment CSV: one `@`, no white space or control
 * characters, no commas, semicolons, quotes or angle brackets, a local part
 * that starts with a letter or digit (so no spreadsheet formula), a dotted
 * domain of letters, digits and hyphens, at most 254 characters (RFC 5321).
 */

/** Longest e-mail address accepted (RFC 5321's path limit less the brackets). */
export const MAX_EMAIL_LENGTH = 254;

const LOCAL = /^[A-Za-z0-9][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

/**
 * `raw` (trimmed) as a lower-case e-mail address, or the reason it is not one.
 * The reason quotes at most 60 characters of what was given, control
 * characters shown as `?`.
 */
export function parseEmail(raw: string): { ok: true; email: string } | { ok: false; error: string } {
  const email = raw.trim();
  const shown = [...email.slice(0, 60)].map((c) => (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? '?' : c)).join('');
  const fail = { ok: false as const, error: `"${shown}" is not an e-mail address` };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, error: `"${shown}…" is longer than ${MAX_EMAIL_LENGTH} characters` };
  const at = email.indexOf('@');
  if (at <= 0 || at !== email.lastIndexOf('@')) return fail;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || local.includes('..') || local.endsWith('.')) return fail;
  if (labels.length < 2 || labels.some((l) => l.length > 63 || !LABEL.test(l)) || !/[A-Za-z]/.test(labels[labels.length - 1])) return fail;
  return { ok: true, email: email.toLowerCase() };
}

/** Whether `raw` (trimmed) is an e-mail address {@link parseEmail} accepts. */
export function isEmail(raw: string): boolean {
  return parseEmail(raw).ok;
}
