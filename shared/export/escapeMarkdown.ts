/**
 * Makes user text (names, write-ins, notes, a leader's list) safe to place
 * in Markdown: whatever it contains shows as the same characters, never as
 * markup, links, HTML, tables or math. The text becomes one line (runs of
 * white space, line breaks included, collapse to one space) so it cannot
 * open a block of its own.
 */

/** Characters that open inline markup anywhere: code, emphasis, links, HTML, table cells, strikethrough, math. */
const INLINE = /[\\`*_[\]<>|~$]/g;
/** `&` only where it would start an entity (`&amp;`, `&#35;`), so "Q&A" stays readable. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** `text` as literal Markdown inline content (one line). */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(INLINE, '\\$&')
      .replace(ENTITY, '\\&')
      // At the start of a list item or heading these open a block: heading, quote, list, setext rule.
      .replace(/^([#>+\-=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}
