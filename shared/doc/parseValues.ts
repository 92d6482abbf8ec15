/**
 * Parsers for the plain values stored in a pair document. Each takes
 * `unknown` and returns the typed value or a named reason, so the server's
 * validator can reject a bad update with that reason and `toSnapshot` can
 * skip anything malformed instead of crashing a screen.
 */
import type { Parsed } from './fields.js';
import { LIMITS, MARKS, type Agreement, type HelpFlag, type Mark, type Pick, type WriteIn, type WriteInEntry } from './schema.js';

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isMark = (v: unknown): v is Mark => (MARKS as readonly unknown[]).includes(v);

/** Checks the fields every authored value carries: `by`, `name`, `at`. */
function checkAuthor(v: Record<string, unknown>): string | null {
  if (!isText(v.by, LIMITS.idLength) || v.by === '') return 'author id missing or too long';
  if (!isText(v.name, LIMITS.nameLength)) return 'author name missing or too long';
  if (!isTime(v.at)) return 'timestamp missing';
  return null;
}

/** Parses a `picks` value. */
export function parsePick(v: unknown): Parsed<Pick> {
  if (!isRecord(v)) return fail('pick is not an object');
  const bad = checkAuthor(v);
  if (bad) return fail(bad);
  if (v.mark !== undefined && !isMark(v.mark)) return fail('unknown mark');
  const pick: Pick = { by: v.by as string, name: v.name as string, at: v.at as number };
  return { ok: true, value: v.mark === undefined ? pick : { ...pick, mark: v.mark as Mark } };
}

/** Parses a `writeIns` entry of the document (version 2: its text is shared text, never part of the entry). */
export function parseWriteInEntry(v: unknown): Parsed<WriteInEntry> {
  if (!isRecord(v)) return fail('write-in is not an object');
  if ('text' in v) return fail('a write-in\'s text is shared text, not part of its entry');
  const bad = checkAuthor(v);
  if (bad) return fail(bad);
  if (!isText(v.strategyId, LIMITS.idLength)) return fail('write-in strategy missing');
  if (v.mark !== undefined && !isMark(v.mark)) return fail('unknown mark');
  const base = { strategyId: v.strategyId, by: v.by as string, name: v.name as string, at: v.at as number };
  return { ok: true, value: v.mark === undefined ? base : { ...base, mark: v.mark as Mark } };
}

/** Parses a write-in as a snapshot (or a JSON file) carries it: its entry and its text. */
export function parseWriteIn(v: unknown): Parsed<WriteIn> {
  if (!isRecord(v)) return fail('write-in is not an object');
  if (!isText(v.text, LIMITS.writeInLength)) return fail(`write-in longer than ${LIMITS.writeInLength} characters`);
  const { text, ...entry } = v;
  const parsed = parseWriteInEntry(entry);
  return parsed.ok ? { ok: true, value: { ...parsed.value, text } } : parsed;
}

/** Parses an `agreements` value. */
export function parseAgreement(v: unknown): Parsed<Agreement> {
  if (!isRecord(v)) return fail('agreement is not an object');
  if (!isText(v.name, LIMITS.nameLength)) return fail('agreement name missing or too long');
  if (!isText(v.fingerprint, 64)) return fail('agreement fingerprint missing');
  if (!isTime(v.at)) return fail('timestamp missing');
  return { ok: true, value: { name: v.name, fingerprint: v.fingerprint, at: v.at } };
}

/** Parses the `flags.help` value. */
export function parseHelpFlag(v: unknown): Parsed<HelpFlag> {
  if (!isRecord(v)) return fail('help flag is not an object');
  if (typeof v.on !== 'boolean') return fail('help flag must be on or off');
  const bad = checkAuthor(v);
  if (bad) return fail(bad);
  if (v.ackAt !== undefined && !isTime(v.ackAt)) return fail('acknowledgement time must be a time');
  const flag: HelpFlag = { on: v.on, by: v.by as string, name: v.name as string, at: v.at as number };
  return { ok: true, value: v.ackAt === undefined ? flag : { ...flag, ackAt: v.ackAt as number } };
}
