/** The workshop as the leader's screens see it (`GET /api/workshops/:id`, the dashboard's `init`), checked from `unknown`. */
import type { ActivityList, Rules } from '../../shared/lists/types.js';
import type { RosterPair } from '../../shared/roster/pairRoster.js';
import { expectShape, is } from './http.js';
import { parseActivityList } from './parseActivityList.js';
import { parseRules } from './sessionApi.js';

/** Everything about a workshop but its secrets. */
export interface LeaderWorkshop {
  readonly id: string;
  readonly title: string;
  readonly joinCode: string;
  readonly createdAt: number;
  readonly list: ActivityList;
  readonly rules: Rules;
  /** The pairs (Zoom breakout rooms) and the roster people placed in them. */
  readonly pairs: readonly RosterPair[];
}

function parsePair(v: unknown): RosterPair {
  expectShape(is.record(v) && is.int(v.n) && Array.isArray(v.members), 'pair');
  const members = (v.members as unknown[]).flatMap((m) => {
    if (!is.record(m) || !is.string(m.name)) return [];
    return [is.string(m.email) && m.email !== '' ? { name: m.name, email: m.email } : { name: m.name }];
  });
  return { n: v.n as number, members };
}

/** Parses the leader's view of a workshop; throws a `ParseError` when it is not one. */
export function parseLeaderWorkshop(v: unknown): LeaderWorkshop {
  expectShape(is.record(v) && is.string(v.id) && is.string(v.title) && is.string(v.joinCode) && Array.isArray(v.pairs), 'workshop');
  return {
    id: v.id,
    title: v.title,
    joinCode: v.joinCode,
    createdAt: typeof v.createdAt === 'number' ? v.createdAt : 0,
    list: parseActivityList(v.list),
    rules: parseRules(v.rules),
    pairs: (v.pairs as unknown[]).map(parsePair),
  };
}
