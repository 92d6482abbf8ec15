/**
 * The leader's dashboard stream (`DashboardServerMessage`) from a text
 * frame: JSON checked into typed values, or `null` for anything else.
 */
import type { DashboardServerMessage } from '../../shared/protocol/control.js';
import type { PairSummary } from '../../shared/tally/summarizePair.js';
import { is } from '../api/http.js';
import { parsePairSummaries } from '../api/parsePairSummary.js';
import { parseLeaderWorkshop, type LeaderWorkshop } from '../api/parseLeaderWorkshop.js';
import { parseWorkshopLive } from './parseWorkshopLive.js';

/** A dashboard frame, parsed. */
export type DashboardMessage = DashboardServerMessage<PairSummary, LeaderWorkshop>;

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseWorkshop(v: unknown): LeaderWorkshop | null {
  try {
    return parseLeaderWorkshop(v);
  } catch {
    return null;
  }
}

/** Parses a frame's text; `null` when it is not a message the dashboard knows. */
export function parseDashboardMessage(text: unknown): DashboardMessage | null {
  if (typeof text !== 'string') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!is.record(raw)) return null;
  switch (raw.t) {
    case 'init': {
      const workshop = parseWorkshop(raw.workshop);
      const live = parseWorkshopLive(raw.live);
      if (!workshop || !live || !isTime(raw.serverNow)) return null;
      return { t: 'init', workshop, live, summaries: parsePairSummaries(raw.summaries), serverNow: raw.serverNow };
    }
    case 'pairs':
      return { t: 'pairs', summaries: parsePairSummaries(raw.summaries) };
    case 'live': {
      const live = parseWorkshopLive(raw.live);
      return live && isTime(raw.serverNow) ? { t: 'live', live, serverNow: raw.serverNow } : null;
    }
    case 'pong':
      return is.int(raw.id) && isTime(raw.serverNow) ? { t: 'pong', id: raw.id, serverNow: raw.serverNow } : null;
    default:
      return null;
  }
}
