/**
 * The leader's requests, each with `Authorization: Bearer <facilitatorKey>`:
 * the leader's actions (clock, broadcast, lock …) and the downloads (which need the header too, so
 * they are fetched as blobs rather than followed as links).
 */
import type { PlanFormatId, WorkshopFormatId } from '../../shared/export/formats.js';
import { leaderActionPath, type LeaderActionBody, type LeaderActionId } from '../../shared/protocol/leaderActions.js';
import { ApiError, errorMessage, fetchJson } from './http.js';

/** Who is asking: the workshop and its facilitator key. */
export interface LeaderAuth {
  readonly workshopId: string;
  readonly key: string;
}

const headers = (auth: LeaderAuth) => ({ authorization: `Bearer ${auth.key}` });
const base = (auth: LeaderAuth) => `/api/workshops/${encodeURIComponent(auth.workshopId)}`;
const ignore = (): void => undefined;

/** Runs one of the leader's actions (clock, broadcast, lock …: `LEADER_ACTIONS`) with its body. */
export function postLeaderAction<Id extends LeaderActionId>(auth: LeaderAuth, id: Id, body: LeaderActionBody<Id>): Promise<void> {
  return fetchJson(leaderActionPath(auth.workshopId, id), ignore, { body, headers: headers(auth) });
}

/** Deletes the workshop for good (`DELETE /api/workshops/:id`); one already gone (404) counts as deleted. */
export async function deleteWorkshop(auth: LeaderAuth): Promise<void> {
  try {
    await fetchJson(base(auth), ignore, { method: 'DELETE', headers: headers(auth) });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
}

/** The path of a pair's download (`PLAN_FORMATS`), in `lang`. */
export function planFilePath(auth: LeaderAuth, n: number, file: PlanFormatId, lang: string): string {
  return `${base(auth)}/pairs/${n}/${file}?lang=${encodeURIComponent(lang)}`;
}

/** The path of a workshop download (`WORKSHOP_FORMATS`), in `lang`. */
export function workshopFilePath(auth: LeaderAuth, file: WorkshopFormatId, lang: string): string {
  return `${base(auth)}/export/${file}?lang=${encodeURIComponent(lang)}`;
}

/** The file name a `Content-Disposition` header gives, or `null`. */
export function attachmentName(header: string | null): string | null {
  const match = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/** Fetches a download with the key; resolves with the file and its name, or throws an `ApiError`. */
export async function fetchDownload(auth: LeaderAuth, path: string, fallbackName: string): Promise<{ blob: Blob; name: string }> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headers(auth), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    throw new ApiError(response.status, errorMessage(body, response.status), body);
  }
  return { blob: await response.blob(), name: attachmentName(response.headers.get('content-disposition')) ?? fallbackName };
}
