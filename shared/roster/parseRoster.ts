/**
 * A roster pasted or uploaded by the leader: one person per line, a name
 * and an optional e-mail ("Maria Lopez, maria@example.org",
 * "Maria Lopez <maria@example.org>" or tab-separated). Blank lines and a
 * header line ("name, email") are skipped; a broken line is reported by
 * number and nothing is created.
 */
import { LIMITS } from '../doc/schema.js';
import { parseEmail } from './parseEmail.js';

/** One person on the roster. */
export interface RosterPerson {
  readonly name: string;
  readonly email?: string;
}

/** A problem with one line of the roster. */
export interface RosterError {
  readonly line: number;
  readonly message: string;
}

/** Parses one line; `null` for a blank line. */
function parseLine(raw: string): RosterPerson | { error: string } | null {
  const line = raw.trim();
  if (line === '') return null;
  let name = line;
  let email: string | undefined;
  const angle = /^(.*)<([^>]*)>\s*$/.exec(line);
  if (angle) {
    name = angle[1];
    email = angle[2];
  } else {
    const parts = line.split(/[\t,;]/);
    if (parts.length > 2) return { error: 'expected a name and at most one e-mail' };
    name = parts[0];
    email = parts[1];
  }
  name = name.trim().replace(/^"|"$/g, '').replace(/\s+/g, ' ');
  email = email?.trim() || undefined;
  if (name === '') return { error: 'the name is missing' };
  if (name.length > LIMITS.nameLength) return { error: `the name is longer than ${LIMITS.nameLength} characters` };
  if (email === undefined) return { name };
  const parsed = parseEmail(email);
  return parsed.ok ? { name, email: parsed.email } : { error: parsed.error };
}

/** Parses roster text; `people` is empty when there are errors. */
export function parseRoster(text: string): { people: RosterPerson[]; errors: RosterError[] } {
  const people: RosterPerson[] = [];
  const errors: RosterError[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if (index === 0 && /^\s*name\s*([,;\t]\s*e-?mail.*)?$/i.test(raw)) return;
    const parsed = parseLine(raw);
    if (parsed === null) return;
    if ('error' in parsed) errors.push({ line: index + 1, message: parsed.error });
    else people.push(parsed);
  });
  return { people: errors.length > 0 ? [] : people, errors };
}
