import { createContext, useContext } from 'react';
import type { LeaderWorkshop } from '../../../shared/protocol/workshop.js';
import type { LeaderAuth } from '../../api/facilitatorApi.js';
import type { DashboardConnection } from '../../sync/DashboardConnection.js';

/** What every part of the leader's screens needs: the live stream, the workshop, and the key to act with. */
export interface LeaderModel {
  readonly connection: DashboardConnection;
  readonly workshop: LeaderWorkshop;
  readonly auth: LeaderAuth;
}

export const LeaderContext = createContext<LeaderModel | null>(null);

/** The leader's workshop this component is in. */
export function useLeader(): LeaderModel {
  const model = useContext(LeaderContext);
  if (model === null) throw new Error('useLeader() outside a <LeaderContext> provider');
  return model;
}
