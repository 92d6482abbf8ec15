/**
 * Turns a validated "new workshop" body into the list, rules and pairs to
 * create: a built-in or imported list, the mode, the rules (the list's by
 * default), and numbered pairs or a roster paired automatically.
 */
import { getBuiltInList, DEFAULT_LIST_ID } from '../../shared/lists/index.js';
import { parseListJson, defaultRules } from '../../shared/lists/parseListImport.js';
import type { ActivityList, ListMode, Rules } from '../../shared/lists/types.js';
import { pairRoster } from '../../shared/roster/pairRoster.js';
import type { z } from 'zod';
import { numberedPairs } from '../workshops/WorkshopService.js';
import type { PairSlot } from '../workshops/types.js';
import { WORKSHOP_LIMITS } from '../../shared/protocol/limits.js';
import type { createWorkshopBody } from '../../shared/protocol/bodies.js';
import { HttpError } from './errors.js';

type Body = z.infer<typeof createWorkshopBody>;

/** The list with the mode the leader chose (inventory lists keep their mode unless told). */
function withMode(list: ActivityList, mode: ListMode | undefined): ActivityList {
  if (!mode || mode === list.mode) return list;
  return { ...list, mode, rules: defaultRules(mode, list.strategies.length) };
}

function resolveList(body: Body): ActivityList {
  if (body.list !== undefined) {
    const parsed = parseListJson(body.list, body.mode);
    if (!parsed.ok) throw new HttpError(400, `list: ${parsed.error}`);
    return parsed.list;
  }
  const listId = body.listId ?? DEFAULT_LIST_ID;
  const list = getBuiltInList(listId);
  if (!list) throw new HttpError(400, `Unknown list "${listId.slice(0, WORKSHOP_LIMITS.listIdLength)}". GET /api/lists names the lists.`);
  return withMode(list, body.mode);
}

function resolvePairs(body: Body): PairSlot[] {
  if (body.roster) {
    const people = body.roster.map((p) => (p.email ? { name: p.name, email: p.email.toLowerCase() } : { name: p.name }));
    if (!body.roster.some((p) => p.pair !== undefined)) return pairRoster(people);
    if (!body.roster.every((p) => p.pair !== undefined)) throw new HttpError(400, 'roster: give every person a pair, or none.');
    const count = Math.max(...body.roster.map((p) => p.pair!));
    if (count > WORKSHOP_LIMITS.pairs) throw new HttpError(400, `roster: at most ${WORKSHOP_LIMITS.pairs} pairs.`);
    return numberedPairs(count).map((slot) => ({ n: slot.n, members: people.filter((_, i) => body.roster![i].pair === slot.n) }));
  }
  if (body.pairs === undefined) throw new HttpError(400, 'pairs is required (a number of pairs, or a roster).');
  return numberedPairs(body.pairs);
}

/** The list, rules and pairs of a new workshop. */
export function resolveWorkshopSetup(body: Body): { list: ActivityList; rules: Rules; pairs: PairSlot[] } {
  const list = resolveList(body);
  const rules = body.rules ?? list.rules;
  return { list, rules, pairs: resolvePairs(body) };
}
