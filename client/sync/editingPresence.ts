/**
 * Who is writing in which field: each partner's awareness state names the
 * text field their caret is in (`editing`, a text root name from
 * shared/doc/fields.ts, checked by the server), so the field can say
 * "Ana is writing here…".
 */
import { parseTextRootName } from '../../shared/doc/fields.js';

/** Field (text root name) → names of the partners writing in it, you left out. */
export type EditingMap = ReadonlyMap<string, readonly string[]>;

export const NOBODY_EDITING: EditingMap = new Map();

/** Reads the `editing` field of every partner's awareness state. */
export function editingPartners(states: ReadonlyMap<number, unknown>, selfId: string): EditingMap {
  const byField = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  for (const state of states.values()) {
    if (typeof state !== 'object' || state === null) continue;
    const { user, editing } = state as { user?: { id?: unknown; name?: unknown }; editing?: unknown };
    if (typeof editing !== 'string' || parseTextRootName(editing) === null) continue;
    if (typeof user?.id !== 'string' || user.id === selfId || typeof user.name !== 'string') continue;
    names.set(user.id, user.name);
    byField.set(editing, (byField.get(editing) ?? new Set()).add(user.id));
  }
  const out = new Map<string, readonly string[]>();
  for (const [field, ids] of byField) out.set(field, [...ids].map((id) => names.get(id) ?? '').sort((a, b) => a.localeCompare(b)));
  return out;
}

/** Whether two maps say the same (to keep a cached value). */
export function sameEditing(a: EditingMap, b: EditingMap): boolean {
  if (a.size !== b.size) return false;
  for (const [field, names] of a) {
    const other = b.get(field);
    if (!other || other.length !== names.length || other.some((n, i) => n !== names[i])) return false;
  }
  return true;
}
