import { useState } from 'react';
import { CONSENSUS_SHARES, DEFAULT_CONSENSUS_SHARE } from '../../../shared/tally/classifyTally.js';

/** The localStorage key of a workshop's consensus share. */
export const consensusShareKey = (workshopId: string): string => `pairplan:consensus-share:${workshopId}`;

/** A stored share, if it is one of the offered ones (storage is anyone's to edit). */
function readShare(workshopId: string): number {
  try {
    const stored = Number(globalThis.localStorage?.getItem(consensusShareKey(workshopId)));
    return (CONSENSUS_SHARES as readonly number[]).includes(stored) ? stored : DEFAULT_CONSENSUS_SHARE;
  } catch {
    return DEFAULT_CONSENSUS_SHARE;
  }
}

/**
 * The share of pairs the leader requires for a consensus pick (issue 15),
 * 50 % until they choose another, remembered per workshop in this browser.
 */
export function useConsensusShare(workshopId: string): [number, (share: number) => void] {
  const [share, setShare] = useState(() => readShare(workshopId));
  const update = (next: number): void => {
    setShare(next);
    try {
      globalThis.localStorage?.setItem(consensusShareKey(workshopId), String(next));
    } catch {
      // Storage refused (private mode, full): the share holds for this visit.
    }
  };
  return [share, update];
}
