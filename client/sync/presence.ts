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

/** Longest avatar label: three letters still fit the small badge. */
const LABEL_MAX = 3;

const upper = (s: string): string => s.toUpperCase();
const lower = (s: string): string => s.toLowerCase();

/** Longer labels for `name` than its initials, shortest first: "Ana Diaz" → "AnD", "ADi", …; "Ana" → "Ana". */
function longerLabels(name: string): string[] {
  const words = name.trim().split(/\s+/).filter(Boolean).map((w) => [...w]);
  if (words.length === 0) return [];
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : null;
  const labels: string[] = [];
  if (!last) {
    for (let a = 3; a <= Math.min(first.length, LABEL_MAX); a++) labels.push(upper(first[0]) + lower(first.slice(1, a).join('')));
    return labels;
  }
  for (let a = 2; a <= Math.min(first.length, LABEL_MAX - 1); a++) labels.push(upper(first[0]) + lower(first.slice(1, a).join('')) + upper(last[0]));
  for (let b = 2; b <= Math.min(last.length, LABEL_MAX - 1); b++) labels.push(upper(first[0]) + upper(last[0]) + lower(last.slice(1, b).join('')));
  return labels;
}

/**
 * Avatar labels that tell everyone in view apart without colour (issue 12):
 * each person's initials, and where two people share them, the first letters
 * that differ ("Ana Diaz" → "AnD", "Alberto Duran" → "AlD") — preferably a
 * label nobody else in the group could get, else the first nobody has yet,
 * in id order — and for the same name twice the initials and a number
 * ("AD1", "AD2"). At most three letters, to fit the badge.
 */
export function distinctInitials(people: readonly { readonly id: string; readonly name: string }[]): ReadonlyMap<string, string> {
  const unique = [...new Map(people.map((p) => [p.id, p])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const groups = new Map<string, typeof unique>();
  for (const p of unique) groups.set(initials(p.name), [...(groups.get(initials(p.name)) ?? []), p]);
  const labels = new Map<string, string>();
  for (const [base, group] of groups) {
    if (group.length === 1) {
      labels.set(group[0].id, base);
      continue;
    }
    const options = new Map(group.map((p) => [p.id, longerLabels(p.name)]));
    const namesake = (p: { id: string; name: string }): boolean => group.some((q) => q.id !== p.id && lower(q.name.trim()) === lower(p.name.trim()));
    for (const p of group) {
      const label = options.get(p.id)!.find((l) => group.every((q) => q.id === p.id || !options.get(q.id)!.includes(l)));
      if (label) labels.set(p.id, label);
    }
    const used = (label: string): boolean => [...labels.values()].includes(label);
    for (const p of group) {
      if (labels.has(p.id)) continue;
      let n = 1;
      while (used(`${base}${n}`)) n++;
      labels.set(p.id, (namesake(p) ? undefined : options.get(p.id)!.find((l) => !used(l))) ?? `${base}${n}`);
    }
  }
  return labels;
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
