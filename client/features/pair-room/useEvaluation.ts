import { useMemo } from 'react';
import { evaluatePlan, type PlanEvaluation } from '../../../shared/rules/evaluatePlan.js';
import { usePlan } from '../../sync/usePlan.js';
import { useRoom } from './RoomContext.js';

/** The plan evaluated against the list and rules (shared/rules computes; this only memoises). */
export function useEvaluation(): PlanEvaluation {
  const { connection, list, rules } = useRoom();
  const plan = usePlan(connection);
  return useMemo(() => evaluatePlan(plan, list, rules), [plan, list, rules]);
}
