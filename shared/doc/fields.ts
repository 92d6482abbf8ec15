/**
 * The registry of an item's fields: one spec per field says what it holds,
 * how it is parsed and bounded, and where it lives in the document. Every
 * reader and writer iterates it — `toSnapshot`, `patchSnapshot`,
 * `restorePlan`, the server's validator, the migration, the workshop.json
 * schema and the dashboard's summary parser — so a new field is its spec
 * here, its input in the pair room and its two translations.
 *
 * Two kinds:
 * - **text** fields are shared text that people type together: one root
 *   Y.Text per item, `text:<item id>|<field>`, merged character by
 *   character; bounded by `max` characters of the merged text;
 * - **value** fields are set as a whole (a tag, a checkbox): one key
 *   `<item id>|<field>` of the `details` map.
 */
import { GOALS, LIMITS, type Goal } from './schema.js';

/** A parse result: the value, or why it is not acceptable. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A field people type together. */
export interface TextFieldSpec {
  readonly kind: 'text';
  /** Characters of the merged text. */
  readonly max: number;
  /** A column of the Leadership Plan draft: the pair room's draft and every export show it, labelled `draft.<field>` and `export.<field>`. */
  readonly draft: boolean;
}

/** A field set as a whole value. */
export interface ValueFieldSpec<T> {
  readonly kind: 'value';
  parse(v: unknown): Parsed<T>;
  /** An empty value is stored as no key at all. */
  isEmpty(v: T): boolean;
}

const text = <const D extends boolean = false>(max: number, draft: D = false as D): TextFieldSpec & { readonly draft: D } => ({ kind: 'text', max, draft });
const value = <T>(parse: (v: unknown) => Parsed<T>, isEmpty: (v: T) => boolean): ValueFieldSpec<T> => ({ kind: 'value', parse, isEmpty });

function parseGoals(v: unknown): Parsed<readonly Goal[]> {
  if (!Array.isArray(v) || v.length > GOALS.length) return { ok: false, reason: 'goals must be a short list' };
  if (!v.every((g) => (GOALS as readonly unknown[]).includes(g))) return { ok: false, reason: 'unknown goal' };
  return { ok: true, value: [...new Set(v as Goal[])] };
}

const parseSplit = (v: unknown): Parsed<boolean> => (typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, reason: 'split must be true or false' });

/**
 * The fields of an item (a listed activity or a write-in). `goals`, `note`
 * and `split` annotate a choice; `timeline`, `responsible` and `resources`
 * are the Leadership Plan draft.
 */
export const DETAIL_SPECS = {
  goals: value(parseGoals, (v) => v.length === 0),
  note: text(LIMITS.textFieldLength),
  split: value(parseSplit, (v) => !v),
  timeline: text(LIMITS.textFieldLength, true),
  responsible: text(LIMITS.textFieldLength, true),
  resources: text(LIMITS.textFieldLength, true),
} as const;

export type DetailField = keyof typeof DETAIL_SPECS;
export const DETAIL_FIELDS = Object.keys(DETAIL_SPECS) as DetailField[];

type SpecValue<S> = S extends ValueFieldSpec<infer T> ? T : string;

/** The details of one item, as a snapshot shows them. */
export type ItemDetails = { -readonly [F in DetailField]?: SpecValue<(typeof DETAIL_SPECS)[F]> };

/** The detail fields people type. */
export type TextDetailField = { [F in DetailField]: (typeof DETAIL_SPECS)[F] extends TextFieldSpec ? F : never }[DetailField];
/** The detail fields set as a whole. */
export type ValueDetailField = Exclude<DetailField, TextDetailField>;

export const isTextDetail = (field: DetailField): field is TextDetailField => DETAIL_SPECS[field].kind === 'text';
export const TEXT_DETAIL_FIELDS = DETAIL_FIELDS.filter(isTextDetail);
export const VALUE_DETAIL_FIELDS = DETAIL_FIELDS.filter((f): f is ValueDetailField => !isTextDetail(f));

/** The Leadership Plan draft's fields (when, who, resources …), in the order every screen and export shows them. */
export type DraftField = { [F in TextDetailField]: (typeof DETAIL_SPECS)[F]['draft'] extends true ? F : never }[TextDetailField];
export const DRAFT_FIELDS = TEXT_DETAIL_FIELDS.filter((f): f is DraftField => DETAIL_SPECS[f].draft);

/** A write-in's own text is a text field too, of the write-in. */
export const WRITE_IN_TEXT = { field: 'writeIn', spec: text(LIMITS.writeInLength) } as const;

/** Every shared text field: the text detail fields and the write-in text. */
export type TextField = TextDetailField | typeof WRITE_IN_TEXT.field;

/** The spec of a text field. */
export function textSpec(field: TextField): TextFieldSpec {
  return field === WRITE_IN_TEXT.field ? WRITE_IN_TEXT.spec : DETAIL_SPECS[field];
}

/** Parses one detail field's value as a snapshot (or a JSON file) carries it. */
export function parseDetail<F extends DetailField>(field: F, v: unknown): Parsed<NonNullable<ItemDetails[F]>> {
  const spec: TextFieldSpec | ValueFieldSpec<unknown> = DETAIL_SPECS[field];
  if (spec.kind === 'value') return spec.parse(v) as Parsed<NonNullable<ItemDetails[F]>>;
  return (typeof v === 'string' && v.length <= spec.max
    ? { ok: true, value: v }
    : { ok: false, reason: `${field} longer than ${spec.max} characters` }) as Parsed<NonNullable<ItemDetails[F]>>;
}

/** Whether a detail value is empty (and so not stored). */
export function isEmptyDetail(field: DetailField, v: unknown): boolean {
  const spec: TextFieldSpec | ValueFieldSpec<unknown> = DETAIL_SPECS[field];
  return v === undefined || (spec.kind === 'text' ? v === '' : spec.isEmpty(v));
}

/** Separator between item id and field, in `details` keys and text root names. */
export const DETAIL_KEY_SEPARATOR = '|';
/** Text root names start with this. */
export const TEXT_ROOT_PREFIX = 'text:';

/** The `details` key of one item's value field. */
export function toDetailKey(itemId: string, field: ValueDetailField): string {
  return `${itemId}${DETAIL_KEY_SEPARATOR}${field}`;
}

/** Splits a `details` key; `null` when it is not `<id>|<value field>`. */
export function parseDetailKey(key: string): { itemId: string; field: ValueDetailField } | null {
  const at = key.lastIndexOf(DETAIL_KEY_SEPARATOR);
  if (at <= 0) return null;
  const field = key.slice(at + 1);
  if (!(VALUE_DETAIL_FIELDS as readonly string[]).includes(field)) return null;
  return { itemId: key.slice(0, at), field: field as ValueDetailField };
}

/** The name of the root Y.Text of one item's text field. */
export function textRootName(itemId: string, field: TextField): string {
  return `${TEXT_ROOT_PREFIX}${itemId}${DETAIL_KEY_SEPARATOR}${field}`;
}

/** Splits a text root name; `null` when it is not `text:<id>|<text field>`. */
export function parseTextRootName(name: string): { itemId: string; field: TextField } | null {
  if (!name.startsWith(TEXT_ROOT_PREFIX)) return null;
  const rest = name.slice(TEXT_ROOT_PREFIX.length);
  const at = rest.lastIndexOf(DETAIL_KEY_SEPARATOR);
  if (at <= 0 || at > LIMITS.idLength) return null;
  const field = rest.slice(at + 1);
  if (field !== WRITE_IN_TEXT.field && !(TEXT_DETAIL_FIELDS as readonly string[]).includes(field)) return null;
  return { itemId: rest.slice(0, at), field: field as TextField };
}
