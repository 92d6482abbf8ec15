import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/http.js';

/** A leader's request in flight: one at a time per control, with the reason it failed. */
export interface LeaderAction {
  readonly run: (request: () => Promise<unknown>) => void;
  readonly pending: boolean;
  readonly error: string | null;
}

/**
 * Runs the leader's requests for one control. The result shows through the
 * live stream (the server pushes the new clock, lock or message), so only
 * "busy" and failures live here.
 */
export function useLeaderAction(): LeaderAction {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    (request: () => Promise<unknown>) => {
      setPending(true);
      setError(null);
      request().then(
        () => {
          if (mounted.current) setPending(false);
        },
        (failure: unknown) => {
          if (!mounted.current) return;
          setPending(false);
          setError(failure instanceof ApiError && failure.status !== 0 ? failure.message : t('app.networkError'));
        },
      );
    },
    [t],
  );
  return { run, pending, error };
}
