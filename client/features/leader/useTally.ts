import { useMemo } from 'react';
import type { ActivityList } from '../../../shared/lists/types.js';
import { aggregatePlans, type Tally } from '../../../shared/tally/aggregatePlans.js';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { useLocalizedList } from '../../i18n/useLocalizedList.js';
import { usePairSummaries } from '../../sync/useDashboard.js';
import { useLeader } from './LeaderContext.js';

/** Every pair's summary, live. */
export function usePairs(): readonly PairSummary[] {
  return usePairSummaries(useLeader().connection);
}

/** The workshop's list in the leader's language, where it has a translation (ids are the same). */
export function useLeaderList(): ActivityList {
  return useLocalizedList(useLeader().workshop.list);
}

/** The workshop tally over every pair's plan, recomputed only when a summary (or the language) changes. */
export function useTally(): Tally {
  const list = useLeaderList();
  const pairs = usePairs();
  return useMemo(() => aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), list), [pairs, list]);
}
