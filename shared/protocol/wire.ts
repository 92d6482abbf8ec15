/**
 * Building blocks of the wire schemas in this folder, and {@link Wire}: the
 * type a sender builds for a schema. Receivers parse with the schemas
 * (`z.output`); senders type what they send as `Wire<typeof schema>`, so a
 * field the schema does not know, or a value it would refuse, fails
 * `npm run typecheck` on the sending side.
 */
import { z } from 'zod';

type DeepReadonly<T> = T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

/** What a sender may build for `S`: its input, read-only all the way down (a sender's readonly arrays fit). */
export type Wire<S extends z.ZodType> = DeepReadonly<z.input<S>>;

/** A finite number (a hand-made frame may carry a huge one; a countdown must never show NaN). */
export const finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** A whole number JavaScript holds exactly (a ping's id, a count). */
export const safeInt = z.number().int();

/** `true` only when it is `true`. */
export const flag = z.boolean().catch(false);

/** The strings of an array; anything else reads as none. */
export const texts = z
  .array(z.unknown())
  .optional()
  .catch([])
  .transform((items = []) => items.filter((v): v is string => typeof v === 'string'))
  .meta({ type: 'array', items: { type: 'string' } });

/** The items of an array that `item` accepts; the rest are dropped (a malformed item never costs the others). */
export function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(item.nullable().catch(null))
    .catch([])
    .transform((items) => items.filter((v): v is NonNullable<typeof v> => v !== null));
}
