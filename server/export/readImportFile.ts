/**
 * Reads a workshop.json upload as the export pool runs it: the bytes
 * decoded and parsed, the file validated, and each pair's plan turned into
 * the Yjs update that restores it. Up to 5 MB, all of this held the event
 * loop for several hundred milliseconds (issue "Airtight", finding 5).
 */
import { parseWorkshopJson } from '../../shared/export/parseWorkshopJson.js';
import type { WorkshopJson } from '../../shared/export/toWorkshopJson.js';
import { WORKSHOP_LIMITS } from '../../shared/protocol/limits.js';
import { planUpdate } from './importWorkshop.js';

/** The file without its plans, and each pair's restoring update (`null` for an empty plan), in the file's order. */
export interface ImportFile {
  readonly file: Omit<WorkshopJson, 'pairs'> & { readonly pairs: readonly Omit<WorkshopJson['pairs'][number], 'plan'>[] };
  readonly updates: readonly (Uint8Array | null)[];
}

/** The import of `bytes`, or the reason (for a 400) it cannot be imported. */
export function readImportFile(bytes: Uint8Array): { ok: true; value: ImportFile } | { ok: false; error: string } {
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, error: 'The request body is not valid JSON.' };
  }
  const parsed = parseWorkshopJson(body);
  if (!parsed.ok) return parsed;
  const tooHigh = parsed.value.pairs.find((p) => p.n > WORKSHOP_LIMITS.pairs);
  if (tooHigh) return { ok: false, error: `pairs: pair numbers go up to ${WORKSHOP_LIMITS.pairs} (found ${tooHigh.n}).` };
  const { pairs, ...rest } = parsed.value;
  return {
    ok: true,
    value: { file: { ...rest, pairs: pairs.map((p) => ({ n: p.n, members: p.members })) }, updates: pairs.map((p) => planUpdate(p.plan)) },
  };
}
