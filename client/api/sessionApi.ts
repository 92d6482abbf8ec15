/** The pair room's requests: the participant session and leaving it. */
import { notJoinedResponse, sessionInfoResponse, type SessionInfo } from '../../shared/protocol/responses.js';
import { fetchJson, parseWith } from './http.js';

/** Parses the session answer. */
export const parseSessionInfo = parseWith(sessionInfoResponse, 'session');

/** The session and workshop; an `ApiError` with status 401 (and `body.joinCode`) when not joined. */
export function getSession(workshopId: string, signal?: AbortSignal): Promise<SessionInfo> {
  return fetchJson(`/api/workshops/${encodeURIComponent(workshopId)}/session`, parseSessionInfo, { signal });
}

/** Forgets this browser's session for the workshop. */
export function leaveWorkshop(workshopId: string): Promise<void> {
  return fetchJson(`/api/workshops/${encodeURIComponent(workshopId)}/leave`, () => undefined, { method: 'POST', body: {} });
}

/** The join code in a 401 answer, if the server sent one. */
export function joinCodeOf(body: unknown): string | null {
  const result = notJoinedResponse.safeParse(body);
  return result.success ? result.data.joinCode : null;
}

/** Takes the session a moved person's room was sent (issue 14) as this browser's cookie for the workshop. */
export function adoptSession(workshopId: string, token: string): Promise<void> {
  return fetchJson(`/api/workshops/${encodeURIComponent(workshopId)}/session/adopt`, () => undefined, { method: 'POST', body: { token } });
}
