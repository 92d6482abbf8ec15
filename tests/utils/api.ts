/** Small HTTP helpers for tests: JSON requests and joining a pair. */

import type { CreatedWorkshop } from '../../shared/protocol/responses.js';

export type { CreatedWorkshop };

/** `fetch` with a JSON body; returns status, parsed body and headers. */
export async function request(
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers };
}

/** Creates a workshop through the API. */
export async function createWorkshop(base: string, body: Record<string, unknown> = { title: 'Test workshop', pairs: 3 }): Promise<CreatedWorkshop> {
  const res = await request(`${base}/api/workshops`, { body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedWorkshop;
}

/** Joins pair `pair` as `name`; returns the cookie header to present and the session. */
export async function joinPair(
  base: string,
  joinCode: string,
  name: string,
  pair: number,
): Promise<{ cookie: string; participantId: string; workshopId: string }> {
  const res = await request(`${base}/api/join`, { body: { code: joinCode, name, pair } });
  if (res.status !== 200) throw new Error(`join failed: ${res.status} ${JSON.stringify(res.body)}`);
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0], participantId: res.body.participantId, workshopId: res.body.workshopId };
}
