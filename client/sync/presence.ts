/**
 * Who is in the pair room now: the unique users among the awareness states.
 * The server rewrites every remote state's `user` with the session's id and
 * name, so what arrives here is who the server says it is.
 */

/** One person in the room. */
export interface PresentUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
  readonly isSelf: boolean;
}

/** Badge colours with white text at a contrast of at least 4.5:1. */
export const PRESENCE_COLORS = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'] as const;

/** A stable colour for a participant id. */
export function colorFor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length];
}

/** "Maria Lopez" → "ML"; one word → its first two letters. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  if (words.length === 1) return [...words[0]].slice(0, 2).join('').toUpperCase();
  return ([...words[0]][0] + [...words[words.length - 1]][0]).toUpperCase();
}

function readUser(state: unknown): { id: string; name: string; color: string } | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string') return null;
  return { id, name, color: typeof color === 'string' ? color : colorFor(id) };
}

/** The unique users in `states` (one person may have two tabs open): you first, then by name. */
export function toPresence(states: ReadonlyMap<number, unknown>, selfId: string): readonly PresentUser[] {
  const byId = new Map<string, PresentUser>();
  for (const state of states.values()) {
    const user = readUser(state);
    if (user && !byId.has(user.id)) byId.set(user.id, { ...user, isSelf: user.id === selfId });
  }
  return [...byId.values()].sort((a, b) => (a.isSelf !== b.isSelf ? (a.isSelf ? -1 : 1) : a.name.localeCompare(b.name)));
}

/**
 * The people behind every awareness state but this client's, once each: who
 * else could have made a remote change. Your own other tab counts (under your
 * name), unlike in {@link toPresence}.
 */
export function otherWriters(states: ReadonlyMap<number, unknown>, selfClientId: number): readonly { id: string; name: string }[] {
  const byId = new Map<string, { id: string; name: string }>();
  for (const [clientId, state] of states) {
    const user = clientId === selfClientId ? null : readUser(state);
    if (user && !byId.has(user.id)) byId.set(user.id, { id: user.id, name: user.name });
  }
  return [...byId.values()];
}

/** Whether two presence lists show the same people the same way (to keep a cached snapshot). */
export function samePresence(a: readonly PresentUser[], b: readonly PresentUser[]): boolean {
  return a.length === b.length && a.every((u, i) => u.id === b[i].id && u.name === b[i].name && u.color === b[i].color && u.isSelf === b[i].isSelf);
}
