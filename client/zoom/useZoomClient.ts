import { useEffect, useState } from 'react';
import type { ZoomClient, ZoomUserContext } from './zoomClient.js';
import { loadZoomClient } from './zoomSdk.js';

/** The Zoom client's state: loading, not inside Zoom, or configured with who this is. */
export type ZoomClientState =
  | { readonly status: 'loading' }
  | { readonly status: 'outside' }
  | { readonly status: 'ready'; readonly client: ZoomClient; readonly user: ZoomUserContext };

/**
 * Takes the adapter (zoomSdk.ts), runs `config`, then
 * `getUserContext`. Inside Zoom is detected by `config` succeeding: outside
 * the Zoom client it rejects (zoomapps-sample-js public/js/index.js catches
 * exactly that), so a browser visitor of `/zoom` is told to open the app in Zoom.
 */
export function useZoomClient(): ZoomClientState {
  const [state, setState] = useState<ZoomClientState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const client = await loadZoomClient();
      await client.config();
      const user = await client.getUserContext();
      if (live) setState({ status: 'ready', client, user });
    })().catch(() => {
      if (live) setState({ status: 'outside' });
    });
    return () => {
      live = false;
    };
  }, []);
  return state;
}
