import { useMemo } from 'react';
import { agreementStatus, type AgreementStatus } from '../../../shared/rules/agreementStatus.js';
import { usePlan } from '../../sync/usePlan.js';
import { usePresence } from '../../sync/usePresence.js';
import { useRoom } from './RoomContext.js';
import { useEvaluation } from './useEvaluation.js';

/** Who agreed to this exact plan, whose agreement a change withdrew, and whether it is proposed. */
export function useAgreement(): AgreementStatus {
  const { connection } = useRoom();
  const plan = usePlan(connection);
  const presence = usePresence(connection);
  const { valid } = useEvaluation();
  return useMemo(() => agreementStatus(plan, valid, presence.map((u) => u.id)), [plan, valid, presence]);
}
