import { getJoinInfo } from '../../api/joinApi.js';
import type { JoinInfo } from '../../../shared/protocol/responses.js';

/** Pause after a failed wait (network, rate limit), before asking again. */
const RETRY_MS = 5_000;

/**
 * Keeps a join page current while it is open (issue 14): asks for the
 * workshop's next change with the version shown (the server holds the
 * request until then, up to 25 s), hands each new answer to `onChange`,
 * and asks again, until `signal` aborts.
 */
export function followJoinInfo(code: string, shown: JoinInfo, signal: AbortSignal, onChange: (info: JoinInfo) => void): void {
  let version = shown.version;
  const next = (): void => {
    if (signal.aborted || version === undefined) return;
    getJoinInfo(code, signal, version).then(
      (info) => {
        if (signal.aborted) return;
        if (info.version !== version) onChange(info);
        version = info.version;
        next();
      },
      () => {
        if (!signal.aborted) setTimeout(next, RETRY_MS);
      },
    );
  };
  next();
}
