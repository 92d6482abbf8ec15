/**
 * The root Y.Text of each typed field (see `fields.ts`): reading one without
 * creating it, finding a changed type's name, and replacing a text by its
 * smallest edit so a whole-value write (an import, a test) still merges
 * with what a partner types meanwhile.
 */
import * as Y from 'yjs';
import { textRootName, type TextField } from './fields.js';

/**
 * The text a root type shows. A root named by a received update exists as a
 * plain AbstractType until someone asks for it as a Y.Text, so this walks
 * the items instead of calling `toString()`; only string content counts
 * (the validator lets nothing else in).
 */
export function readText(type: Y.AbstractType<any>): string {
  let out = '';
  for (let item = type._start; item !== null; item = item.right) {
    if (!item.deleted && item.content instanceof Y.ContentString) out += item.content.str;
  }
  return out;
}

/** The text of one item's field, `''` when nobody wrote it (the root is not created). */
export function fieldText(doc: Y.Doc, itemId: string, field: TextField): string {
  const type = doc.share.get(textRootName(itemId, field));
  return type ? readText(type) : '';
}

/** The Y.Text of one item's field (created locally when new: nothing is sent until it holds text). */
export function sharedText(doc: Y.Doc, itemId: string, field: TextField): Y.Text {
  return doc.getText(textRootName(itemId, field));
}

/**
 * The smallest edit that turns `from` into `to`: the common prefix and
 * suffix stay. `caret` (where the caret is in `to` after a keystroke) says
 * where the edit was when the text repeats ("aa" → "aaa" typed in the
 * middle is an insertion at 1, not at the end).
 */
export function textEdit(from: string, to: string, caret: number = to.length): { index: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(from.length, to.length);
  const startMax = Math.min(max, caret);
  while (start < startMax && from.charCodeAt(start) === to.charCodeAt(start)) start++;
  let end = 0;
  const endMax = Math.min(max - start, to.length - Math.max(caret, start));
  while (end < endMax && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end++;
  // Never split a surrogate pair: widen the edit to whole code points.
  if (start > 0 && isHighSurrogate(from.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(from.charCodeAt(from.length - end))) end--;
  return { index: start, remove: from.length - start - end, insert: to.slice(start, to.length - end) };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Replaces the whole text with `next` by its smallest edit (in the caller's transaction, if any). */
export function replaceText(text: Y.Text, next: string, caret?: number): void {
  const { index, remove, insert } = textEdit(text.toString(), next, caret);
  if (remove > 0) text.delete(index, remove);
  if (insert !== '') text.insert(index, insert);
}

/**
 * Where a caret at `position` is after a partner's change (a Y.Text event's
 * delta): text inserted before it moves it on, text inserted right at it
 * does not (two people typing at one spot each keep writing their own word),
 * deleted text before it pulls it back.
 */
export function shiftPosition(delta: readonly { insert?: unknown; retain?: number; delete?: number }[], position: number): number {
  let index = 0;
  let at = position;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (index < at) at += length;
      index += length;
    } else if (op.delete !== undefined) {
      if (index < at) at -= Math.min(op.delete, at - index);
    }
  }
  return at;
}

const rootNames = new WeakMap<Y.AbstractType<any>, string>();

/** The name of a root type of `doc` (cached: a document's share map only grows). */
export function rootNameOf(doc: Y.Doc, type: Y.AbstractType<any>): string | null {
  const cached = rootNames.get(type);
  if (cached !== undefined) return cached;
  for (const [name, t] of doc.share) rootNames.set(t, name);
  return rootNames.get(type) ?? null;
}
