import { useEffect, useState } from 'react';
import { ApiError } from '../../api/http.js';
import { getJoinInfo } from '../../api/joinApi.js';
import { followJoinInfo } from './followJoinInfo.js';
import type { JoinInfo } from '../../../shared/protocol/responses.js';

/** The join page's workshop, by normalised code. */
export type JoinInfoState =
  | { readonly status: 'loading' }
  | { readonly status: 'not-found' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly info: JoinInfo };

/** Loads what the join page shows for `code` (already normalised). */
export function useJoinInfo(code: string): JoinInfoState {
  const [result, setResult] = useState<{ code: string; state: JoinInfoState } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    getJoinInfo(code, abort.signal).then(
      (info) => {
        setResult({ code, state: { status: 'ready', info } });
        // New pairs or a new title reach a join page already open (issue 14).
        followJoinInfo(code, info, abort.signal, (next) => setResult({ code, state: { status: 'ready', info: next } }));
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) setResult({ code, state: { status: 'not-found' } });
        else setResult({ code, state: { status: 'error', message: error instanceof ApiError && error.status !== 0 ? error.message : '' } });
      },
    );
    return () => abort.abort();
  }, [code]);
  return result !== null && result.code === code ? result.state : { status: 'loading' };
}
