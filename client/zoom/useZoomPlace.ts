import { useCallback, useEffect, useRef, useState } from 'react';
import type { ZoomSessionAnswer } from '../../shared/protocol/zoom.js';
import { postZoomSession } from './zoomApi.js';
import type { ZoomClient, ZoomUserContext } from './zoomClient.js';

/** Where the participant is: asking, a failure, or the server's answer for their room. */
export type ZoomPlace = { readonly status: 'loading' } | { readonly status: 'error'; readonly retry: () => void } | ZoomSessionAnswer;

/** How often the main room asks again (the clock and the introduction may change before rooms open). */
export const MAIN_ROOM_REFRESH_MS = 15_000;

/**
 * Where a participant belongs, kept current: asks the server with a fresh
 * context, the meeting UUID and the stable participant UUID, again on every
 * `onBreakoutRoomChange` (Zoom does not reload the app when the host moves
 * someone), and now and then while in the main room. An older answer that
 * arrives after a newer question is dropped.
 */
export function useZoomPlace(client: ZoomClient, user: ZoomUserContext): ZoomPlace {
  const [place, setPlace] = useState<ZoomPlace>({ status: 'loading' });
  const asked = useRef(0);
  const ask = useCallback(() => {
    const n = ++asked.current;
    const retry = (): void => ask();
    (async () => {
      const [context, meeting] = await Promise.all([client.getAppContext(), client.getMeetingUUID()]);
      return postZoomSession({ context, ...meeting, participantUUID: user.participantUUID, screenName: user.screenName });
    })().then(
      (answer) => n === asked.current && setPlace(answer),
      () => n === asked.current && setPlace({ status: 'error', retry }),
    );
  }, [client, user]);

  useEffect(() => {
    ask();
    return client.onBreakoutRoomChange(() => ask());
  }, [client, ask]);

  const inMain = place.status === 'main';
  useEffect(() => {
    if (!inMain) return;
    const timer = setInterval(ask, MAIN_ROOM_REFRESH_MS);
    return () => clearInterval(timer);
  }, [inMain, ask]);

  return place;
}
