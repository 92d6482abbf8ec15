import { useMemo } from 'react';
import { aggregatePlans, type Tally } from '../../../shared/tally/aggregatePlans.js';
import type { PairSummary } from '../../../shared/tally/summarizePair.js';
import { usePairSummaries } from '../../sync/useDashboard.js';
import { useLeader } from './LeaderContext.js';

/** Every pair's summary, live. */
export function usePairs(): readonly PairSummary[] {
  return usePairSummaries(useLeader().connection);
}

/** The workshop tally over every pair's plan, recomputed only when a summary changes. */
export function useTally(): Tally {
  const { workshop } = useLeader();
  const pairs = usePairs();
  return useMemo(() => aggregatePlans(pairs.map((p) => ({ n: p.n, plan: p.plan })), workshop.list), [pairs, workshop.list]);
}
