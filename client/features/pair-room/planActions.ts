/**
 * What a person's clicks do to the plan: the rules check that may refuse a
 * tick, then one shared/doc write with the session's actor and server time.
 * No React here; components call these.
 */
import { addWriteIn, removePick, setPick } from '../../../shared/doc/planDoc.js';
import { LIMITS, type Mark } from '../../../shared/doc/schema.js';
import { evaluatePlan, refusalToAdd } from '../../../shared/rules/evaluatePlan.js';
import { clearRefusal, showRefusal } from '../../stores/uiStore.js';
import type { RoomModel } from './RoomContext.js';

/** `true` when one more chosen item would break the maximum (and says so). */
function refuseOneMore(room: RoomModel): boolean {
  const evaluation = evaluatePlan(room.connection.getPlan(), room.list, room.rules);
  const refusal = refusalToAdd(evaluation);
  if (refusal === null) return false;
  showRefusal('rules.refusedMax', { max: refusal.max });
  return true;
}

/** Ticks or unticks a listed activity; returns `false` when the tick was refused. */
export function chooseActivity(room: RoomModel, activityId: string, chosen: boolean): boolean {
  const { connection, actor } = room;
  if (!chosen) {
    removePick(connection.doc, activityId);
    clearRefusal();
    return true;
  }
  if (connection.getPlan().picks[activityId]) return true;
  if (refuseOneMore(room)) return false;
  setPick(connection.doc, activityId, actor, connection.serverNow());
  return true;
}

/** Inventory mode: marks an activity ✓ now / ☆ future, or clears it (`null`). */
export function markActivity(room: RoomModel, activityId: string, mark: Mark | null): boolean {
  const { connection, actor } = room;
  if (mark === null) return chooseActivity(room, activityId, false);
  const existing = connection.getPlan().picks[activityId];
  if (existing?.mark === mark) return true;
  if (!existing?.mark && refuseOneMore(room)) return false;
  setPick(connection.doc, activityId, actor, connection.serverNow(), mark);
  return true;
}

/** Why a write-in was not added. */
export type WriteInRefusal = 'empty' | 'limit' | 'max';

/** Adds a write-in to a strategy; in inventory mode it starts marked ✓ now. */
export function writeIn(room: RoomModel, strategyId: string, text: string): WriteInRefusal | null {
  const { connection, actor, list } = room;
  const clean = text.trim().replace(/\s+/g, ' ').slice(0, LIMITS.writeInLength);
  if (clean === '') return 'empty';
  const existing = Object.values(connection.getPlan().writeIns).filter((w) => w.strategyId === strategyId).length;
  if (existing >= LIMITS.writeInsPerStrategy) return 'limit';
  if (refuseOneMore(room)) return 'max';
  addWriteIn(connection.doc, strategyId, clean, actor, connection.serverNow(), list.mode === 'inventory' ? 'now' : undefined);
  return null;
}
