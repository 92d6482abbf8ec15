/** The join page's requests: `GET /api/join/:code` and `POST /api/join`. */
import type { ListMode } from '../../shared/lists/types.js';
import { parseListLang } from '../../shared/lists/parseListTranslations.js';
import { LIST_MODES } from '../../shared/lists/types.js';
import { expectShape, fetchJson, is } from './http.js';

/** What a join page shows about a workshop. */
export interface JoinInfo {
  readonly workshopId: string;
  readonly title: string;
  readonly listTitle: string;
  /** The language of `listTitle`. */
  readonly listLang: string;
  /** The list's title by language, for the languages it reads in (its own included). */
  readonly listTitles: Readonly<Record<string, string>>;
  readonly mode: ListMode;
  /** Each pair's roster names (`members`) and the names of others who joined it so far (`joined`). */
  readonly pairs: readonly { readonly n: number; readonly members: readonly string[]; readonly joined: readonly string[] }[];
}

/** The session a join created. */
export interface JoinResult {
  readonly workshopId: string;
  readonly pair: number;
  readonly participantId: string;
  readonly name: string;
}

/** Parses a join page's workshop info. */
export function parseJoinInfo(body: unknown): JoinInfo {
  expectShape(is.record(body) && is.string(body.workshopId) && is.string(body.title) && Array.isArray(body.pairs), 'join info');
  const pairs = (body.pairs as unknown[]).map((p) => {
    expectShape(is.record(p) && is.int(p.n) && Array.isArray(p.members), 'pair');
    const joined = Array.isArray(p.joined) ? (p.joined as unknown[]).filter(is.string) : [];
    return { n: p.n as number, members: (p.members as unknown[]).filter(is.string), joined };
  });
  const mode = (LIST_MODES as readonly unknown[]).includes(body.mode) ? (body.mode as ListMode) : 'choose';
  const listTitles = is.record(body.listTitles) ? Object.fromEntries(Object.entries(body.listTitles).filter(([, v]) => is.string(v))) : {};
  return {
    workshopId: body.workshopId,
    title: body.title,
    listTitle: is.string(body.listTitle) ? body.listTitle : '',
    listLang: parseListLang(body.listLang) ?? 'en',
    listTitles: listTitles as Record<string, string>,
    mode,
    pairs,
  };
}

/** Parses the answer to a join. */
export function parseJoinResult(body: unknown): JoinResult {
  expectShape(
    is.record(body) && is.string(body.workshopId) && is.int(body.pair) && is.string(body.participantId) && is.string(body.name),
    'join result',
  );
  return { workshopId: body.workshopId, pair: body.pair, participantId: body.participantId, name: body.name };
}

/** The workshop a (normalised) join code opens. */
export function getJoinInfo(code: string, signal?: AbortSignal): Promise<JoinInfo> {
  return fetchJson(`/api/join/${encodeURIComponent(code)}`, parseJoinInfo, { signal });
}

/** Joins a pair; the server sets the session cookie. Without `pair`, a roster member is found by name. */
export function postJoin(body: { code: string; name: string; pair?: number }): Promise<JoinResult> {
  return fetchJson('/api/join', parseJoinResult, { body });
}
