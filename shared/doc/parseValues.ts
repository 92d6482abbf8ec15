/**
 * Parsers for the plain values stored in a pair document. Each takes
 * `unknown` and returns the typed value or a named reason, so the server's
 * validator can reject a bad update with that reason and `toSnapshot` can
 * skip anything malformed instead of crashing a screen.
 */
import {
  GOALS,
  LIMITS,
  MARKS,
  type Agreement,
  type DetailField,
  type Goal,
  type HelpFlag,
  type ItemDetails,
  type Mark,
  type Pick,
  type WriteIn,
} from './schema.js';

/** A parse result: the value, or why it is not acceptable. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

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

/** Parses a `writeIns` value. */
export function parseWriteIn(v: unknown): Parsed<WriteIn> {
  if (!isRecord(v)) return fail('write-in is not an object');
  const bad = checkAuthor(v);
  if (bad) return fail(bad);
  if (!isText(v.strategyId, LIMITS.idLength)) return fail('write-in strategy missing');
  if (!isText(v.text, LIMITS.writeInLength)) return fail(`write-in longer than ${LIMITS.writeInLength} characters`);
  if (v.mark !== undefined && !isMark(v.mark)) return fail('unknown mark');
  const base = { strategyId: v.strategyId, text: v.text, by: v.by as string, name: v.name as string, at: v.at as number };
  return { ok: true, value: v.mark === undefined ? base : { ...base, mark: v.mark as Mark } };
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
  return { ok: true, value: { on: v.on, by: v.by as string, name: v.name as string, at: v.at as number } };
}

/** Parses one field of `details`. */
export function parseDetail<F extends DetailField>(field: F, v: unknown): Parsed<NonNullable<ItemDetails[F]>> {
  type Out = Parsed<NonNullable<ItemDetails[F]>>;
  switch (field) {
    case 'goals': {
      if (!Array.isArray(v) || v.length > GOALS.length) return fail('goals must be a short list') as Out;
      if (!v.every((g) => (GOALS as readonly unknown[]).includes(g))) return fail('unknown goal') as Out;
      return { ok: true, value: [...new Set(v as Goal[])] } as unknown as Out;
    }
    case 'split':
      return (typeof v === 'boolean' ? { ok: true, value: v } : fail('split must be true or false')) as Out;
    default:
      return (isText(v, LIMITS.textFieldLength)
        ? { ok: true, value: v }
        : fail(`${field} longer than ${LIMITS.textFieldLength} characters`)) as Out;
  }
}
