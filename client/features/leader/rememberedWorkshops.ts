/**
 * The workshops this browser's leader created or opened, kept in
 * localStorage (id, title, facilitator key, creation time) so the start
 * page can reopen them any day. Small and dependency-free: the start page
 * imports it into the main bundle.
 */

/** Where the list is kept. */
export const WORKSHOPS_STORAGE_KEY = 'pairplan.leader.workshops';

/** Most workshops remembered; the oldest are forgotten first. */
export const MAX_REMEMBERED = 50;

/** A workshop this browser can reopen. */
export interface RememberedWorkshop {
  readonly id: string;
  readonly title: string;
  readonly key: string;
  /** When it was created (epoch ms). */
  readonly created: number;
  /** Put away in "Archived" on the start page (this browser only; the workshop itself is unchanged). */
  readonly archived?: boolean;
}

const isEntry = (v: unknown): v is RememberedWorkshop => {
  const e = v as Record<string, unknown> | null;
  return typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.title === 'string' && typeof e.key === 'string' && typeof e.created === 'number' && (e.archived === undefined || typeof e.archived === 'boolean');
};

function read(): RememberedWorkshop[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(WORKSHOPS_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function write(entries: readonly RememberedWorkshop[]): void {
  try {
    globalThis.localStorage?.setItem(WORKSHOPS_STORAGE_KEY, JSON.stringify(entries.slice(0, MAX_REMEMBERED)));
  } catch {
    // Private mode or a full storage: the workshop is simply not remembered.
  }
}

/** The remembered workshops, newest first. */
export function listRememberedWorkshops(): RememberedWorkshop[] {
  return read().sort((a, b) => b.created - a.created);
}

/** Remembers a workshop, or updates it (an empty title keeps the known one). */
export function rememberWorkshop(entry: { id: string; key: string; title?: string; created?: number }): void {
  const entries = read();
  const known = entries.find((e) => e.id === entry.id);
  const next: RememberedWorkshop = {
    id: entry.id,
    key: entry.key,
    title: entry.title || known?.title || '',
    created: entry.created || known?.created || Date.now(),
    ...(known?.archived ? { archived: true } : {}),
  };
  if (known && known.key === next.key && known.title === next.title && known.created === next.created) return;
  write([next, ...entries.filter((e) => e.id !== entry.id)].sort((a, b) => b.created - a.created));
}

/** Moves a remembered workshop to the start page's "Archived" section, or back (issue 14). */
export function setArchived(id: string, archived: boolean): void {
  write(read().map((e) => (e.id !== id ? e : archived ? { ...e, archived: true } : { id: e.id, title: e.title, key: e.key, created: e.created })));
}

/** Forgets a workshop (its key is then only in the leader's link). */
export function forgetWorkshop(id: string): void {
  write(read().filter((e) => e.id !== id));
}

/** The remembered key of a workshop, or `null`. */
export function rememberedKey(id: string): string | null {
  return read().find((e) => e.id === id)?.key ?? null;
}
